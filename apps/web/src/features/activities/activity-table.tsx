import type { ActivityListItem } from '@liandong/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import { type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedTable } from '../../components/paged-table.tsx';
import type { Page } from '../../lib/api.ts';
import { ActivityStatusTag, ActivityTypeTag, RiskTag } from './activity-tags.tsx';
import { formatTimeRange } from './shanghai-time.ts';
import { ACTIVITY_PAGE_SIZE } from './use-activity-list.ts';

export interface ActivityResultsProps {
  query: UseQueryResult<Page<ActivityListItem>>;
  page: number;
  onPageChange: (page: number) => void;
  empty: ReactNode;
}

/** The organizers of an activity on one or two lines: 主办, then each 协办 with its role. */
export function OrganizersText({ activity }: { activity: ActivityListItem }) {
  const { t } = useTranslation();
  return (
    <div style={{ minWidth: 140 }}>
      <div>{activity.organization.name}</div>
      {activity.coOrganizers.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {activity.coOrganizers
            .map((item) => `${item.name}（${t(`activities.coOrganizerRoles.${item.role}`)}）`)
            .join('、')}
        </Typography.Text>
      )}
    </div>
  );
}

/** The activity list on a desktop: 时间, 活动名称, 类型, 主办/协办, 负责社工, 风险, 岗位/名额. */
export function ActivityTable({ query, page, onPageChange, empty }: ActivityResultsProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ActivityListItem> = [
    {
      title: t('activities.fields.time'),
      key: 'time',
      render: (_, activity) => (
        <span style={{ whiteSpace: 'nowrap' }}>{formatTimeRange(activity.startsAt, activity.endsAt)}</span>
      ),
    },
    {
      title: t('activities.fields.title'),
      key: 'title',
      render: (_, activity) => (
        <div style={{ minWidth: 160 }}>
          <Link to={`/activities/${activity.id}`}>{activity.title}</Link>
          {activity.status === 'cancelled' && (
            <span style={{ marginInlineStart: 6 }}>
              <ActivityStatusTag status={activity.status} />
            </span>
          )}
        </div>
      ),
    },
    {
      title: t('activities.fields.type'),
      dataIndex: 'type',
      render: (_, activity) => <ActivityTypeTag type={activity.type} />,
    },
    {
      title: t('activities.fields.organizers'),
      key: 'organizers',
      render: (_, activity) => <OrganizersText activity={activity} />,
    },
    {
      title: t('activities.fields.lead'),
      key: 'lead',
      render: (_, activity) => <span style={{ whiteSpace: 'nowrap' }}>{activity.lead.displayName}</span>,
    },
    {
      title: t('activities.fields.riskLevel'),
      dataIndex: 'riskLevel',
      render: (_, activity) => <RiskTag level={activity.riskLevel} />,
    },
    {
      title: t('activities.fields.seats'),
      key: 'seats',
      align: 'right',
      render: (_, activity) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {t('activities.list.seatsValue', {
            shifts: activity.shiftCount,
            confirmed: activity.confirmedCount,
            capacity: activity.totalCapacity,
          })}
        </span>
      ),
    },
  ];
  return (
    <PagedTable<ActivityListItem>
      rowKey="id"
      columns={columns}
      query={query}
      page={page}
      pageSize={ACTIVITY_PAGE_SIZE}
      onPageChange={(next) => onPageChange(next)}
      empty={empty}
    />
  );
}
