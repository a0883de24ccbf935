import { Pagination, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '../../components/load-error.tsx';
import type { ActivityResultsProps } from './activity-table.tsx';
import { ActivityStatusTag, ActivityTypeTag, RiskTag } from './activity-tags.tsx';
import { formatTimeRange } from './shanghai-time.ts';
import { ACTIVITY_PAGE_SIZE } from './use-activity-list.ts';

/** The activity list on a phone: one card per activity, tapped to open it. */
export function ActivityCards({ query, page, onPageChange, empty }: ActivityResultsProps) {
  const { t } = useTranslation();
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Spin style={{ display: 'block', padding: 24 }} />;
  const { items, total } = query.data;
  if (items.length === 0) return <>{empty}</>;
  return (
    <div style={{ display: 'grid', gap: 8, opacity: query.isFetching ? 0.6 : 1 }}>
      {items.map((activity) => (
        <Link
          key={activity.id}
          to={`/activities/${activity.id}`}
          style={{
            display: 'block',
            color: 'inherit',
            border: '1px solid #f0f0f0',
            borderRadius: 8,
            padding: '12px 14px',
            background: '#fff',
          }}
        >
          <Typography.Text strong style={{ fontSize: 16, display: 'block' }}>
            {activity.title}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', margin: '4px 0' }}>
            {formatTimeRange(activity.startsAt, activity.endsAt)}
          </Typography.Text>
          <div style={{ marginBottom: 6 }}>
            {activity.organization.name} · {activity.lead.displayName}
          </div>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center' }}>
            <ActivityTypeTag type={activity.type} />
            <RiskTag level={activity.riskLevel} />
            {activity.status === 'cancelled' && <ActivityStatusTag status={activity.status} />}
            <Typography.Text style={{ marginInlineStart: 'auto', whiteSpace: 'nowrap' }}>
              {t('activities.list.seatsValue', {
                shifts: activity.shiftCount,
                confirmed: activity.confirmedCount,
                capacity: activity.totalCapacity,
              })}
            </Typography.Text>
          </div>
        </Link>
      ))}
      <Pagination
        simple
        align="center"
        current={page}
        pageSize={ACTIVITY_PAGE_SIZE}
        total={total}
        hideOnSinglePage
        onChange={onPageChange}
        style={{ marginTop: 8 }}
      />
      <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
        {t('common.total', { count: total })}
      </Typography.Text>
    </div>
  );
}
