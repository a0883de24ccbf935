import { QrcodeOutlined, UserAddOutlined } from '@ant-design/icons';
import type { Participation } from '@liandong/domain';
import { Button, Card, Grid, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { RecordLoadState } from '../../components/record-load-state.tsx';
import { useCan } from '../../lib/use-session.ts';
import { AssignVolunteersModal } from './assign-volunteers-modal.tsx';
import { EvaluationModal } from './evaluation-modal.tsx';
import { RosterList } from './roster-list.tsx';
import { rosterCounts, sortRoster } from './roster-order.ts';
import { formatClock, formatTimeRange } from './shanghai-time.ts';
import { useRoster } from './use-roster.ts';
import { useRosterActions } from './use-roster-actions.ts';

/** 名单: a shift's volunteers for its lead (social worker or team lead), with check-in fallbacks and evaluation. */
export function RosterPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const isPhone = !Grid.useBreakpoint().md;
  const roster = useRoster(id, 15_000);
  const actions = useRosterActions(id);
  const [evaluating, setEvaluating] = useState<Participation | null>(null);
  const [assigning, setAssigning] = useState(false);
  const browses = can('activities.manage') || can('volunteers.read');

  if (!roster.isSuccess)
    return (
      <RecordLoadState
        query={roster}
        notFound={{
          title: t('activities.roster.notFoundTitle'),
          text: t('activities.roster.notFoundText'),
          backTo: browses ? '/activities' : '/me/volunteer',
          backLabel: browses ? t('activities.detail.backToList') : t('activities.roster.backToMine'),
        }}
      />
    );

  const { shift, items } = roster.data;
  const counts = rosterCounts(items);
  const canCoordinate = can('activities.manage');
  const started = Date.now() >= shift.startsAt;
  const showCode = (
    <Button
      type="primary"
      size="large"
      icon={<QrcodeOutlined />}
      onClick={() => navigate(`/shifts/${shift.id}/checkin-screen`)}
      block={isPhone}
    >
      {t('activities.roster.showCode')}
    </Button>
  );

  return (
    <>
      <PageHeader
        backTo={browses ? `/activities/${shift.activityId}` : '/me/volunteer'}
        title={`${shift.activityTitle} · ${shift.role}`}
        documentTitle={t('activities.roster.documentTitle', { role: shift.role })}
        subtitle={
          <>
            {formatTimeRange(shift.startsAt, shift.endsAt)}
            <br />
            {t('activities.roster.window', {
              opens: formatClock(shift.checkinOpensAt),
              closes: formatClock(shift.checkinClosesAt),
            })}
          </>
        }
        extra={!isPhone && showCode}
      />
      <div style={{ display: 'grid', gap: 16 }}>
        {isPhone && showCode}
        <Card size="small">
          <Space size={isPhone ? 16 : 40} wrap>
            <Statistic
              title={t('activities.roster.counts.confirmed')}
              value={counts.confirmed}
              suffix={`/ ${shift.capacity}`}
            />
            <Statistic title={t('activities.roster.counts.checkedIn')} value={counts.checkedIn} />
            <Statistic title={t('activities.roster.counts.completed')} value={counts.completed} />
            {counts.requested > 0 && (
              <Statistic title={t('activities.roster.counts.requested')} value={counts.requested} />
            )}
            {counts.waitlisted > 0 && (
              <Statistic title={t('activities.roster.counts.waitlisted')} value={counts.waitlisted} />
            )}
          </Space>
        </Card>
        <Card
          size="small"
          title={t('activities.roster.title')}
          extra={
            canCoordinate && (
              <Button icon={<UserAddOutlined />} onClick={() => setAssigning(true)}>
                {t('activities.roster.assign')}
              </Button>
            )
          }
        >
          {items.length === 0 ? (
            <EmptyState title={t('activities.roster.empty')} description={t('activities.roster.emptyHint')} />
          ) : (
            <RosterList
              items={sortRoster(items)}
              actions={actions}
              canCoordinate={canCoordinate}
              started={started}
              onEvaluate={setEvaluating}
              isPhone={isPhone}
            />
          )}
          <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 12 }}>
            {t('activities.roster.fallbackHint')}
          </Typography.Paragraph>
        </Card>
      </div>
      <EvaluationModal
        participation={evaluating}
        saving={actions.evaluate.isPending}
        onClose={() => setEvaluating(null)}
        onSave={({ rating, comment }) =>
          evaluating &&
          actions.evaluate.mutate(
            { participation: evaluating, rating, comment },
            { onSuccess: () => setEvaluating(null) },
          )
        }
      />
      {canCoordinate && (
        <AssignVolunteersModal
          open={assigning}
          onClose={() => setAssigning(false)}
          shiftId={shift.id}
          activityId={shift.activityId}
        />
      )}
    </>
  );
}
