import type { VolunteerProfile } from '@liandong/domain';
import { Descriptions, type DescriptionsProps, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format-time.ts';
import { useCan } from '../../lib/use-session.ts';
import { MinorTags } from './minor-tags.tsx';
import { RevealableValue } from './revealable-value.tsx';
import { SkillTags } from './skill-tags.tsx';

/** 基本信息: the legally required fields, numbers masked with 显示 for those who may reveal them. */
export function VolunteerBasicInfo({ profile }: { profile: VolunteerProfile }) {
  const { t } = useTranslation();
  const can = useCan();
  const revealUrl = can('volunteers.reveal') ? `/api/volunteers/${profile.id}/reveal` : undefined;
  const dash = (value: string | null) => value || '—';

  const items: DescriptionsProps['items'] = [
    { key: 'localNo', label: t('volunteers.fields.localNo'), children: profile.localNo },
    { key: 'nationalNo', label: t('volunteers.fields.nationalNo'), children: dash(profile.nationalNo) },
    { key: 'name', label: t('volunteers.fields.name'), children: profile.name },
    { key: 'gender', label: t('volunteers.fields.gender'), children: t(`volunteers.genders.${profile.gender}`) },
    { key: 'birthDate', label: t('volunteers.fields.birthDate'), children: profile.birthDate },
    {
      key: 'age',
      label: t('volunteers.fields.age'),
      children: (
        <Space size={8} wrap>
          {t('volunteers.ageYears', { age: profile.age })}
          <MinorTags minor={profile.minor} />
        </Space>
      ),
    },
    {
      key: 'idNumber',
      label: t(`volunteers.idTypes.${profile.idType}`),
      children: (
        <RevealableValue
          masked={profile.idNumberMasked}
          revealUrl={revealUrl}
          field="idNumber"
          label={t('volunteers.fields.idNumber')}
        />
      ),
    },
    {
      key: 'phone',
      label: t('volunteers.fields.phone'),
      children: (
        <RevealableValue
          masked={profile.phoneMasked}
          revealUrl={revealUrl}
          field="phone"
          label={t('volunteers.fields.phone')}
        />
      ),
    },
    {
      key: 'home',
      label: t('volunteers.fields.homeOrganization'),
      children: <Link to={`/organizations/${profile.homeOrganization.id}`}>{profile.homeOrganization.name}</Link>,
    },
    { key: 'registry', label: t('volunteers.fields.registry'), children: profile.registry.name },
    {
      key: 'skills',
      label: t('volunteers.fields.skills'),
      children: <SkillTags codes={profile.skillDetails.map((skill) => skill.code)} skills={profile.skillDetails} />,
    },
    { key: 'source', label: t('volunteers.fields.source'), children: t(`volunteers.sources.${profile.source}`) },
    {
      key: 'account',
      label: t('volunteers.fields.account'),
      children: profile.account?.username ?? t('volunteers.noAccount'),
    },
    { key: 'registeredAt', label: t('volunteers.fields.registeredAt'), children: formatDateTime(profile.registeredAt) },
    {
      key: 'approvedAt',
      label: t('volunteers.fields.approvedAt'),
      children: profile.approvedAt ? formatDateTime(profile.approvedAt) : '—',
    },
    {
      key: 'statusReason',
      label: t('volunteers.fields.statusReason'),
      children: profile.statusReason ? `${profile.statusReason}（${formatDateTime(profile.statusChangedAt)}）` : '—',
    },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} />;
}
