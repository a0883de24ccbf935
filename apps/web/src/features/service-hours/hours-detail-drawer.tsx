import type { HoursEntryDetail } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Grid, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { api } from '../../lib/api.ts';
import { useCan } from '../../lib/use-session.ts';
import { changeableOriginal } from './changeable-original.ts';
import { DeclineModal } from './decline-modal.tsx';
import { HoursChain } from './hours-chain.tsx';
import { type HoursChange, HoursChangeModal } from './hours-change-modal.tsx';
import { HoursEntryFacts } from './hours-entry-facts.tsx';
import { useHoursDecision } from './use-hours-decision.ts';

/** One entry in a side drawer: its facts, its correction chain, and the decisions and changes the user may make. */
export function HoursDetailDrawer({ entryId, onClose }: { entryId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().md;
  return (
    <Drawer
      open={entryId !== null}
      onClose={onClose}
      destroyOnHidden
      size={isPhone ? '100%' : 640}
      title={t('serviceHours.detail.title')}
    >
      {entryId && <DetailBody id={entryId} onDecided={onClose} />}
    </Drawer>
  );
}

function DetailBody({ id, onDecided }: { id: string; onDecided: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const [change, setChange] = useState<HoursChange | null>(null);
  const [declining, setDeclining] = useState(false);
  const detail = useQuery({
    queryKey: ['service-hours', 'entry', id],
    queryFn: () => api.get<HoursEntryDetail>(`/api/service-hours/${id}`),
  });
  const decide = useHoursDecision(() => {
    setDeclining(false);
    onDecided();
  });

  if (detail.isPending) return <PageLoading />;
  if (detail.isError) return <LoadError error={detail.error} onRetry={() => void detail.refetch()} />;
  const { entry } = detail.data;
  const canDecide = entry.status === 'pending' && !entry.ownEntry && can('hours.approve');
  const canChange = can('volunteers.manage') && changeableOriginal(detail.data);

  return (
    <>
      <HoursEntryFacts entry={entry} />
      <HoursChain detail={detail.data} currentId={entry.id} />
      {entry.ownEntry && entry.status === 'pending' && (
        <p style={{ color: '#8c8c8c', marginTop: 16 }}>{t('serviceHours.ownEntry')}</p>
      )}
      {(canDecide || canChange) && (
        <Space wrap style={{ marginTop: 20 }}>
          {canDecide && (
            <>
              <Button
                type="primary"
                loading={decide.isPending}
                onClick={() => decide.mutate({ ids: [entry.id], decision: 'approve' })}
              >
                {t('serviceHours.detail.approve')}
              </Button>
              <Button danger onClick={() => setDeclining(true)}>
                {t('serviceHours.detail.decline')}
              </Button>
            </>
          )}
          {canChange && (
            <>
              <Button onClick={() => setChange('correct')}>{t('serviceHours.change.correct')}</Button>
              <Button danger onClick={() => setChange('void')}>
                {t('serviceHours.change.void')}
              </Button>
            </>
          )}
        </Space>
      )}
      <DeclineModal
        open={declining}
        count={1}
        pending={decide.isPending}
        onCancel={() => setDeclining(false)}
        onDecline={(note) => decide.mutate({ ids: [entry.id], decision: 'decline', note })}
      />
      <HoursChangeModal change={change} detail={detail.data} onClose={() => setChange(null)} />
    </>
  );
}
