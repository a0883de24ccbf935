import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Grid } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useCan } from '../../lib/use-session.ts';
import { ActivityCards } from './activity-cards.tsx';
import { ActivityFilters } from './activity-filters.tsx';
import { ActivityFormDrawer } from './activity-form-drawer.tsx';
import { ActivityTable } from './activity-table.tsx';
import { useActivityFilters, useActivityList } from './use-activity-list.ts';

/** 活动: the activities of the acting subtree (and those the user leads), searched and filtered by day, type, status. */
export function ActivityListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const isPhone = !Grid.useBreakpoint().md;
  const filterState = useActivityFilters();
  const { filters, update, filtered } = filterState;
  const list = useActivityList(filters);
  const [creating, setCreating] = useState(false);
  const canManage = can('activities.manage');

  const create = canManage && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t('activities.create')}
    </Button>
  );
  const empty = filtered ? (
    <EmptyState
      title={t('activities.list.noMatch')}
      action={
        <Button onClick={() => update({ from: undefined, to: undefined, type: undefined, status: undefined, q: '' })}>
          {t('activities.list.clearFilters')}
        </Button>
      }
    />
  ) : (
    <EmptyState title={t('activities.list.empty')} description={t('activities.list.emptyHint')} action={create} />
  );
  const results = {
    query: list,
    page: filters.page,
    onPageChange: (page: number) => update({ page: page > 1 ? String(page) : undefined }),
    empty,
  };

  return (
    <>
      <PageHeader title={t('activities.title')} subtitle={t('activities.subtitle')} extra={create} />
      <Card size="small">
        <ActivityFilters state={filterState} />
        {isPhone ? <ActivityCards {...results} /> : <ActivityTable {...results} />}
      </Card>
      <ActivityFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(activity) => navigate(`/activities/${activity.id}`)}
      />
    </>
  );
}
