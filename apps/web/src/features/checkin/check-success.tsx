import { CheckCircleFilled } from '@ant-design/icons';
import { type CheckResult, formatHours } from '@liandong/domain';
import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format-time.ts';
import { formatClock } from '../activities/shanghai-time.ts';

// Flags that concern where the phone was: the lead checks these before approving the hours.
const LOCATION_FLAGS = ['outside_geofence', 'no_location'];

/** The big check mark after 签到 / 签退: the time, the hours a check-out credits, and whether the lead will verify. */
export function CheckSuccess({ result, role }: { result: CheckResult; role?: string }) {
  const { t } = useTranslation();
  const flaggedLocation = result.flags.some((flag) => LOCATION_FLAGS.includes(flag));
  return (
    <div style={{ textAlign: 'center', padding: '24px 8px', display: 'grid', gap: 12, justifyItems: 'center' }}>
      <CheckCircleFilled style={{ fontSize: 96, color: '#16a34a' }} aria-hidden />
      <Typography.Title level={2} style={{ margin: 0 }}>
        {result.kind === 'in' ? t('checkin.success.in') : t('checkin.success.out')}
      </Typography.Title>
      <Typography.Text style={{ fontSize: 40, fontWeight: 600, lineHeight: 1.1 }}>
        {formatClock(result.at)}
      </Typography.Text>
      <Typography.Text type="secondary">
        {formatDate(result.at)} · {result.activityTitle}
        {role ? ` · ${role}` : ''}
      </Typography.Text>
      {result.kind === 'out' && result.creditedHundredths !== null && (
        <Typography.Text style={{ fontSize: 18 }}>
          {t('checkin.success.hours', { hours: formatHours(result.creditedHundredths) })}
        </Typography.Text>
      )}
      {flaggedLocation && (
        <Alert
          type="warning"
          showIcon
          title={t('checkin.success.flagged')}
          style={{ textAlign: 'start', width: '100%' }}
        />
      )}
      {result.kind === 'in' && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('checkin.success.outLater')}
        </Typography.Paragraph>
      )}
      <Link to="/me/volunteer">
        <Button size="large">{t('checkin.toMine')}</Button>
      </Link>
    </div>
  );
}
