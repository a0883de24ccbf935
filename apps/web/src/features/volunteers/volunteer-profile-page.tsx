import { EditOutlined } from '@ant-design/icons';
import type { VolunteerProfile } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { RecordLoadState } from '../../components/record-load-state.tsx';
import { api } from '../../lib/api.ts';
import { useCan } from '../../lib/use-session.ts';
import { CertificatesPanel } from '../certificates/certificates-panel.tsx';
import { GuardianConsentsPanel } from './guardian-consents-panel.tsx';
import { MinorTags } from './minor-tags.tsx';
import { VolunteerBasicInfo } from './volunteer-basic-info.tsx';
import { VolunteerExtraFieldsPanel } from './volunteer-extra-fields-panel.tsx';
import { VolunteerFormDrawer } from './volunteer-form-drawer.tsx';
import { VolunteerHoursSummary } from './volunteer-hours-summary.tsx';
import { VolunteerQualificationsPanel } from './volunteer-qualifications-panel.tsx';
import { VolunteerStatusActions } from './volunteer-status-actions.tsx';
import { VolunteerStatusTag } from './volunteer-status-tag.tsx';
import { VolunteerTeamsPanel } from './volunteer-teams-panel.tsx';
import { VolunteerTrainingsPanel } from './volunteer-trainings-panel.tsx';

/** One volunteer: identity (masked), teams, training and qualifications, consents, hours; coordinators act on it. */
export function VolunteerProfilePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const profile = useQuery({
    queryKey: ['volunteers', id],
    queryFn: () => api.get<VolunteerProfile>(`/api/volunteers/${id}`),
  });

  if (!profile.isSuccess) {
    return (
      <RecordLoadState
        query={profile}
        notFound={{
          title: t('volunteers.profile.notFoundTitle'),
          text: t('volunteers.profile.notFoundText'),
          backTo: '/volunteers',
          backLabel: t('volunteers.profile.backToList'),
        }}
      />
    );
  }

  const volunteer = profile.data;
  const canManage = can('volunteers.manage');
  const panel = { profile: volunteer, canManage };
  const showGuardians = volunteer.minor.isMinor || volunteer.guardianConsents.length > 0;
  const items = [
    { key: 'info', label: t('volunteers.profile.tabInfo'), children: <VolunteerBasicInfo profile={volunteer} /> },
    {
      key: 'teams',
      label: `${t('volunteers.profile.tabTeams')} ${volunteer.teams.length}`,
      children: <VolunteerTeamsPanel {...panel} />,
    },
    {
      key: 'training',
      label: t('volunteers.profile.tabTraining'),
      children: (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('volunteers.trainings.title')}
          </Typography.Title>
          <VolunteerTrainingsPanel {...panel} />
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('volunteers.qualifications.title')}
          </Typography.Title>
          <VolunteerQualificationsPanel {...panel} />
        </Space>
      ),
    },
    { key: 'extra', label: t('volunteers.profile.tabExtra'), children: <VolunteerExtraFieldsPanel {...panel} /> },
    ...(showGuardians
      ? [
          {
            key: 'guardians',
            label: t('volunteers.profile.tabGuardians'),
            children: <GuardianConsentsPanel {...panel} />,
          },
        ]
      : []),
    {
      key: 'certificates',
      label: t('certificates.title'),
      children: <CertificatesPanel volunteerId={volunteer.id} volunteerName={volunteer.name} />,
    },
  ];
  const tabParam = params.get('tab');

  return (
    <>
      <PageHeader
        backTo="/volunteers"
        title={volunteer.name}
        subtitle={
          <Space size={8} wrap>
            <VolunteerStatusTag status={volunteer.status} />
            <Typography.Text type="secondary">
              {t('volunteers.profile.numberLine', { localNo: volunteer.localNo, registry: volunteer.registry.name })}
            </Typography.Text>
            <MinorTags minor={volunteer.minor} />
          </Space>
        }
        extra={
          canManage && (
            <>
              <VolunteerStatusActions profile={volunteer} />
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            </>
          )
        }
      />
      <VolunteerHoursSummary profile={volunteer} />
      <Card size="small">
        <Tabs
          activeKey={items.some((item) => item.key === tabParam) ? (tabParam ?? 'info') : 'info'}
          items={items}
          onChange={(key) => setParams(key === 'info' ? {} : { tab: key }, { replace: true })}
        />
      </Card>
      <VolunteerFormDrawer open={editing} profile={volunteer} onClose={() => setEditing(false)} />
    </>
  );
}
