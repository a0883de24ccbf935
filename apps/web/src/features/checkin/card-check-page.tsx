import type { CheckKind, CheckResult, Participation, Roster } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Result, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../components/load-error.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { CheckFlagTags, ParticipationStateTag } from '../activities/participation-state-tag.tsx';
import { formatClock, formatTimeRange } from '../activities/shanghai-time.ts';
import { volunteerIdOfCard } from './card-token.ts';
import { isRetryable } from './check-window.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import { PhoneColumn } from './phone-column.tsx';
import { useLedShiftsToday } from './use-led-shifts-today.ts';

/**
 * The page a volunteer's personal code opens on the lead's phone: today's shifts the lead runs where that volunteer
 * is signed up, each with 签到 / 签退 for them.
 */
export function CardCheckPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t('checkin.card.title'));
  const volunteerId = volunteerIdOfCard(token);
  const { loading, error, rosters } = useLedShiftsToday();

  if (!volunteerId)
    return (
      <PhoneColumn>
        <Result status="error" title={t('errors.checkin.token_invalid')} subTitle={t('checkin.card.invalidHint')} />
      </PhoneColumn>
    );
  if (loading) return <PageLoading />;
  if (error) return <LoadError error={error} />;

  const matches = rosters.flatMap((roster) => {
    const participation = roster.items.find(
      (item) =>
        item.volunteerId === volunteerId && ['confirmed', 'completed', 'requested', 'waitlisted'].includes(item.state),
    );
    return participation ? [{ roster, participation }] : [];
  });
  const name = matches[0]?.participation.volunteerName;

  return (
    <PhoneColumn>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {name ?? t('checkin.card.title')}
        </Typography.Title>
        {name && (
          <Typography.Text type="secondary">
            {matches[0]?.participation.volunteerLocalNo} · {t('checkin.card.subtitle')}
          </Typography.Text>
        )}
      </div>
      {matches.length === 0 ? (
        <Result
          status="info"
          title={t('checkin.card.noMatch')}
          subTitle={t('checkin.card.noMatchHint', { count: rosters.length })}
          extra={
            <Link to="/">
              <Button>{t('common.backHome')}</Button>
            </Link>
          }
        />
      ) : (
        matches.map(({ roster, participation }) => (
          <CardCheckShift key={roster.shift.id} token={token} roster={roster} participation={participation} />
        ))
      )}
    </PhoneColumn>
  );
}

/** One shift of the lead's where the scanned volunteer is signed up, with the check that comes next. */
function CardCheckShift({
  token,
  roster,
  participation: p,
}: {
  token: string;
  roster: Roster;
  participation: Participation;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // One key per kind for this page view: a retry after a lost answer does nothing twice.
  const keys = useRef<Record<CheckKind, string>>({ in: newIdempotencyKey(), out: newIdempotencyKey() });
  const check = useMutation({
    mutationFn: (kind: CheckKind) =>
      api.post<CheckResult>(`/api/shifts/${roster.shift.id}/card-checks`, {
        token,
        kind,
        idempotencyKey: keys.current[kind],
      }),
    retry: (count, error) => count < 2 && isRetryable(error),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['me', 'led-shifts'] });
      void queryClient.invalidateQueries({ queryKey: ['shifts', roster.shift.id, 'roster'] });
    },
  });
  const next: CheckKind | null = p.state !== 'confirmed' ? null : p.checkedInAt === null ? 'in' : 'out';
  const done = check.data;

  return (
    <Card>
      <Typography.Text strong style={{ fontSize: 16, display: 'block' }}>
        {roster.shift.activityTitle} · {roster.shift.role}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', margin: '4px 0 8px' }}>
        {formatTimeRange(roster.shift.startsAt, roster.shift.endsAt)}
      </Typography.Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginBottom: 12 }}>
        <ParticipationStateTag participation={done?.participation ?? p} />
        <CheckFlagTags flags={(done?.participation ?? p).flags} />
      </div>
      {done ? (
        <Alert
          type="success"
          showIcon
          title={t(done.kind === 'in' ? 'checkin.card.checkedIn' : 'checkin.card.checkedOut', {
            name: p.volunteerName,
            time: formatClock(done.at),
          })}
        />
      ) : next ? (
        <Button
          type="primary"
          size="large"
          block
          loading={check.isPending}
          onClick={() => check.mutate(next)}
          style={{ height: 64, fontSize: 22 }}
        >
          {next === 'in' ? t('checkin.checkIn') : t('checkin.checkOut')}
        </Button>
      ) : (
        <Typography.Text type="secondary">
          {p.state === 'completed' ? t('checkin.alreadyDone') : t('checkin.card.notConfirmed')}
        </Typography.Text>
      )}
      {check.isError && <Alert type="error" showIcon title={errorText(t, check.error)} style={{ marginTop: 12 }} />}
    </Card>
  );
}
