import { PlusOutlined } from '@ant-design/icons';
import type { GuardianConsent, VolunteerProfile } from '@liandong/domain';
import { App, Button, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { formatDate } from '../../lib/format-time.ts';
import { useCan } from '../../lib/use-session.ts';
import { GuardianConsentModal } from './guardian-consent-modal.tsx';
import { RecordRow, RecordSection } from './record-row.tsx';
import { RevealableValue } from './revealable-value.tsx';
import { useVolunteerAction } from './use-volunteer-action.ts';

const STATE_COLORS: Record<GuardianConsent['state'], string> = { active: 'green', expired: 'default', revoked: 'red' };

/** 监护人同意: a minor's guardian consents (active, expired or revoked); coordinators record and revoke them. */
export function GuardianConsentsPanel({ profile, canManage }: { profile: VolunteerProfile; canManage: boolean }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const can = useCan();
  const [adding, setAdding] = useState(false);
  const base = `/api/volunteers/${profile.id}/guardian-consents`;
  const revoke = useVolunteerAction((id: string) => api.post(`${base}/${id}/revoke`), t('volunteers.guardian.revoked'));

  const confirmRevoke = (consent: GuardianConsent) =>
    modal.confirm({
      title: t('volunteers.guardian.revokeTitle'),
      content: t('volunteers.guardian.revokeText', { name: consent.guardianName }),
      okText: t('volunteers.guardian.revoke'),
      okButtonProps: { danger: true },
      onOk: () => revoke.mutateAsync(consent.id).catch(() => undefined),
    });
  const addButton = canManage && (
    <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
      {t('volunteers.guardian.add')}
    </Button>
  );

  return (
    <>
      <RecordSection
        empty={
          profile.guardianConsents.length === 0
            ? {
                title: t('volunteers.guardian.empty'),
                description: profile.minor.guardianConsent ? t('volunteers.guardian.emptyNeeded') : undefined,
              }
            : null
        }
        addButton={addButton}
      >
        {profile.guardianConsents.map((consent) => {
          const revealUrl = can('volunteers.reveal') ? `${base}/${consent.id}/reveal` : undefined;
          return (
            <RecordRow
              key={consent.id}
              title={`${consent.guardianName}（${t(`volunteers.relations.${consent.relation}`)}）`}
              tags={<Tag color={STATE_COLORS[consent.state]}>{t(`volunteers.guardian.states.${consent.state}`)}</Tag>}
              description={
                <Space orientation="vertical" size={2}>
                  <RevealableValue
                    masked={consent.phoneMasked}
                    revealUrl={revealUrl}
                    field="phone"
                    label={t('volunteers.guardian.phone')}
                  />
                  {consent.idNumberMasked && consent.idType && (
                    <RevealableValue
                      masked={`${t(`volunteers.idTypes.${consent.idType}`)} ${consent.idNumberMasked}`}
                      revealUrl={revealUrl}
                      field="idNumber"
                      label={t('volunteers.guardian.idNumber')}
                    />
                  )}
                  <span>
                    {t('volunteers.guardian.consentValue', {
                      date: formatDate(consent.consentedAt),
                      method: t(`volunteers.consentMethods.${consent.method}`),
                      scope: t(`volunteers.guardian.scopes.${consent.scope}`),
                      expires: consent.expiresOn ?? t('volunteers.guardian.noExpiry'),
                    })}
                  </span>
                </Space>
              }
              actions={
                canManage &&
                consent.state === 'active' && (
                  <Button size="small" type="link" danger onClick={() => confirmRevoke(consent)}>
                    {t('volunteers.guardian.revoke')}
                  </Button>
                )
              }
            />
          );
        })}
      </RecordSection>
      <GuardianConsentModal volunteerId={profile.id} open={adding} onClose={() => setAdding(false)} />
    </>
  );
}
