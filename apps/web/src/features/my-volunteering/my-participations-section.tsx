import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import type { MyParticipation } from '../checkin/checkin-types.ts';
import { canCancelOwn } from './can-cancel-own.ts';
import { MyParticipationCard } from './my-participation-card.tsx';

/** 我的报名: coming shifts first (soonest on top), then the last day's, with 取消报名 before the start. */
export function MyParticipationsSection() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const mine = useQuery({
    queryKey: ['me', 'participations'],
    queryFn: () => api.get<{ items: MyParticipation[] }>('/api/me/participations'),
  });
  const cancel = useMutation({
    mutationFn: (p: MyParticipation) => api.post(`/api/participations/${p.id}/cancel`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['me'] });
      void message.success(t('myVolunteering.mine.cancelled'));
    },
    onError: (error) => void message.error(errorText(t, error)),
  });

  if (mine.isPending) return <Spin style={{ display: 'block', padding: 24 }} />;
  if (mine.isError) return <LoadError error={mine.error} onRetry={() => void mine.refetch()} />;
  const now = Date.now();
  const upcoming = mine.data.items.filter((p) => p.endsAt >= now).sort((a, b) => a.startsAt - b.startsAt);
  const recent = mine.data.items.filter((p) => p.endsAt < now).sort((a, b) => b.startsAt - a.startsAt);
  if (upcoming.length + recent.length === 0)
    return <EmptyState title={t('myVolunteering.mine.empty')} description={t('myVolunteering.mine.emptyHint')} />;

  const confirmCancel = (p: MyParticipation) =>
    modal.confirm({
      title: t('myVolunteering.mine.cancelConfirm', { role: p.role }),
      content: p.state === 'confirmed' ? t('myVolunteering.mine.cancelHint') : undefined,
      okText: t('myVolunteering.mine.cancel'),
      okButtonProps: { danger: true },
      cancelText: t('common.back'),
      onOk: () => cancel.mutateAsync(p).catch(() => undefined),
    });
  const list = (items: MyParticipation[]) => (
    <div style={{ display: 'grid', gap: 10 }}>
      {items.map((p) => (
        <MyParticipationCard
          key={p.id}
          participation={p}
          onCancel={canCancelOwn(p, now) ? () => confirmCancel(p) : undefined}
        />
      ))}
    </div>
  );

  return (
    <div style={{ display: 'grid', gap: 12 }}>
      {upcoming.length > 0 && (
        <section>
          <Typography.Title level={5}>{t('myVolunteering.mine.upcoming')}</Typography.Title>
          {list(upcoming)}
        </section>
      )}
      {recent.length > 0 && (
        <section>
          <Typography.Title level={5}>{t('myVolunteering.mine.recent')}</Typography.Title>
          {list(recent)}
        </section>
      )}
    </div>
  );
}
