import { formatHours, type MyVolunteer } from '@liandong/domain';
import { Alert, Card, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { VolunteerStatusTag } from '../volunteers/volunteer-status-tag.tsx';
import { VolunteerCardQr } from './volunteer-card-qr.tsx';

interface VolunteerStatusCardProps {
  volunteer: MyVolunteer;
  /** The personal code for this record, once loaded. */
  cardToken?: string;
}

/** One of the user's volunteer records: 预备 or 正式, the local number, approved hours, teams and the personal code. */
export function VolunteerStatusCard({ volunteer, cardToken }: VolunteerStatusCardProps) {
  const { t } = useTranslation();
  return (
    <Card size="small">
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, marginBottom: 12 }}>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {volunteer.registry.name}
            </Typography.Text>
            <VolunteerStatusTag status={volunteer.status} />
          </div>
          <div style={{ display: 'flex', columnGap: 24, rowGap: 8, flexWrap: 'wrap' }}>
            <Statistic
              title={t('myVolunteering.status.localNo')}
              value={volunteer.localNo}
              styles={{ content: { fontSize: 20 } }}
            />
            <Statistic
              title={t('myVolunteering.status.approvedHours')}
              value={formatHours(volunteer.approvedHundredths)}
              suffix={t('myVolunteering.status.hoursUnit')}
              styles={{ content: { fontSize: 20 } }}
            />
          </div>
          {volunteer.teams.length > 0 && (
            <div style={{ marginTop: 12, display: 'flex', flexWrap: 'wrap', gap: 4 }}>
              {volunteer.teams.map((team) => (
                <Tag key={team.teamId} color={team.role === 'team_lead' ? 'gold' : undefined}>
                  {team.name}
                  {team.role === 'team_lead' && ` · ${t('volunteers.teamRoles.team_lead')}`}
                </Tag>
              ))}
            </div>
          )}
        </div>
        {cardToken && <VolunteerCardQr token={cardToken} name={volunteer.name} localNo={volunteer.localNo} />}
      </div>
      {volunteer.status === 'prospective' && (
        <Alert type="info" showIcon title={t('myVolunteering.status.prospectiveHint')} style={{ marginTop: 12 }} />
      )}
    </Card>
  );
}
