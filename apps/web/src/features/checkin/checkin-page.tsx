import { EnvironmentOutlined, ReloadOutlined } from '@ant-design/icons';
import type { CheckKind } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoading } from '../../components/page-loading.tsx';
import { ApiError, api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { ParticipationStateTag } from '../activities/participation-state-tag.tsx';
import { formatClock, formatTimeRange } from '../activities/shanghai-time.ts';
import { CheckSuccess } from './check-success.tsx';
import { isRetryable, windowOfRefusal } from './check-window.ts';
import type { CheckinPreview } from './checkin-types.ts';
import { PhoneColumn } from './phone-column.tsx';
import { useQrCheck } from './use-qr-check.ts';

/** The page the lead's QR code opens on the volunteer's phone: what the shift is, and one big 签到 or 签退. */
export function CheckinPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t('checkin.title'));
  const preview = useQuery({
    queryKey: ['checkin', 'preview', token],
    queryFn: () => api.get<CheckinPreview>('/api/checkin/preview', { token }),
    retry: (count, error) => count < 2 && isRetryable(error),
  });
  const { check, retry, locating, mutation } = useQrCheck(token);

  if (mutation.isSuccess)
    return (
      <PhoneColumn>
        <Card>
          <CheckSuccess result={mutation.data} role={preview.data?.role} />
        </Card>
      </PhoneColumn>
    );
  if (preview.isPending) return <PageLoading />;
  if (preview.isError)
    return (
      <PhoneColumn>
        <CodeProblem error={preview.error} onRetry={() => void preview.refetch()} />
      </PhoneColumn>
    );

  const shift = preview.data;
  const next = shift.next;
  const kind: CheckKind | null = next === 'in' || next === 'out' ? next : null;
  const busy = locating || mutation.isPending;
  const refusedWindow = windowOfRefusal(mutation.error);

  return (
    <PhoneColumn>
      <Card>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {shift.activityTitle}
        </Typography.Title>
        <Typography.Text strong style={{ fontSize: 16, display: 'block', marginTop: 4 }}>
          {shift.role}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {formatTimeRange(shift.startsAt, shift.endsAt)}
        </Typography.Text>
        {shift.address && (
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            <EnvironmentOutlined aria-hidden /> {shift.address}
          </Typography.Text>
        )}
        {shift.participation && (
          <div style={{ marginTop: 8 }}>
            <ParticipationStateTag participation={shift.participation} />
            {shift.participation.checkedInAt !== null && (
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {t('checkin.checkedInAt', { time: formatClock(shift.participation.checkedInAt) })}
              </Typography.Text>
            )}
          </div>
        )}
      </Card>

      {kind && (
        <>
          <Button
            type="primary"
            size="large"
            block
            loading={busy}
            onClick={() => void check(kind)}
            style={{ height: 96, fontSize: 32, borderRadius: 16 }}
          >
            {locating ? t('checkin.locating') : kind === 'in' ? t('checkin.checkIn') : t('checkin.checkOut')}
          </Button>
          <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
            {shift.hasGeofence ? t('checkin.locationHint') : t('checkin.tapHint')}
          </Typography.Text>
        </>
      )}

      {mutation.isError && (
        <Alert
          type="error"
          showIcon
          title={errorText(t, mutation.error)}
          description={
            refusedWindow
              ? t('checkin.windowTimes', {
                  opens: formatClock(refusedWindow.opensAt),
                  closes: formatClock(refusedWindow.closesAt),
                })
              : isRetryable(mutation.error)
                ? t('checkin.retryHint')
                : undefined
          }
          action={
            isRetryable(mutation.error) && (
              <Button icon={<ReloadOutlined />} onClick={retry}>
                {t('common.retry')}
              </Button>
            )
          }
        />
      )}

      {next === 'done' && shift.participation && (
        <Result
          status="success"
          title={t('checkin.alreadyDone')}
          subTitle={t('checkin.doneTimes', {
            in: shift.participation.checkedInAt === null ? '—' : formatClock(shift.participation.checkedInAt),
            out: shift.participation.checkedOutAt === null ? '—' : formatClock(shift.participation.checkedOutAt),
          })}
          extra={
            <Link to="/me/volunteer">
              <Button>{t('checkin.toMine')}</Button>
            </Link>
          }
        />
      )}

      {next === 'none' && (
        <Alert
          type="warning"
          showIcon
          title={
            shift.blockedCode
              ? t(`errors.${shift.blockedCode}`, { defaultValue: t('checkin.blocked') })
              : t('checkin.blocked')
          }
          description={
            shift.blockedCode === 'checkin.window_closed'
              ? t('checkin.windowClosedHint', {
                  time: formatTimeRange(shift.startsAt, shift.endsAt),
                  window: t('checkin.windowTimes', {
                    opens: formatClock(shift.checkinOpensAt),
                    closes: formatClock(shift.checkinClosesAt),
                  }),
                })
              : shift.blockedCode === 'checkin.not_signed_up'
                ? t('checkin.notSignedUpHint')
                : undefined
          }
        />
      )}
    </PhoneColumn>
  );
}

/** The scanned code could not be read: expired (scan the new one), forged or garbled, or something else. */
function CodeProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : null;
  const expired = code === 'checkin.token_expired';
  return (
    <Result
      status={expired ? 'warning' : 'error'}
      title={errorText(t, error)}
      subTitle={expired || code === 'checkin.token_invalid' ? t('checkin.scanAgain') : undefined}
      extra={
        isRetryable(error) ? (
          <Button onClick={onRetry}>{t('common.retry')}</Button>
        ) : (
          <Link to="/me/volunteer">
            <Button>{t('checkin.toMine')}</Button>
          </Link>
        )
      }
    />
  );
}
