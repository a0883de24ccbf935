import type { ActivityDetail } from '@liandong/domain';
import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTimeRange } from './shanghai-time.ts';

/** The activity's particulars: when and where, who organizes and leads it, whom it serves, what it is. */
export function ActivityInfoCard({ activity }: { activity: ActivityDetail }) {
  const { t } = useTranslation();
  const place = activity.place;
  const items = [
    { key: 'time', label: t('activities.fields.time'), children: formatTimeRange(activity.startsAt, activity.endsAt) },
    { key: 'lead', label: t('activities.fields.lead'), children: activity.lead.displayName },
    { key: 'organization', label: t('activities.fields.organization'), children: activity.organization.name },
    {
      key: 'coOrganizers',
      label: t('activities.fields.coOrganizers'),
      children:
        activity.coOrganizers.length === 0
          ? '—'
          : activity.coOrganizers
              .map((item) => `${item.name}（${t(`activities.coOrganizerRoles.${item.role}`)}）`)
              .join('、'),
    },
    {
      key: 'place',
      label: t('activities.fields.place'),
      children: place ? (
        <div>
          <div>{place.address}</div>
          {place.latitude !== null && place.longitude !== null && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {place.latitude.toFixed(5)}, {place.longitude.toFixed(5)}
              {place.geofenceM !== null && ` · ${t('activities.geofenceValue', { metres: place.geofenceM })}`}
            </Typography.Text>
          )}
        </div>
      ) : (
        t('activities.noPlace')
      ),
    },
    { key: 'beneficiary', label: t('activities.fields.beneficiaryGroup'), children: activity.beneficiaryGroup ?? '—' },
    { key: 'registry', label: t('activities.fields.registry'), children: activity.registry?.name ?? '—' },
    {
      key: 'content',
      label: t('activities.fields.content'),
      span: 'filled' as const,
      children: activity.content ? (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{activity.content}</Typography.Paragraph>
      ) : (
        '—'
      ),
    },
  ];
  return (
    <Card size="small">
      <Descriptions column={{ xs: 1, md: 2 }} size="small" items={items} />
    </Card>
  );
}
