import { EnvironmentOutlined } from '@ant-design/icons';
import type { OpenShift } from '@liandong/domain';
import { Button, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RiskTag } from '../activities/activity-tags.tsx';
import { formatTimeRange, weekdayOf } from '../activities/shanghai-time.ts';

interface OpenShiftCardProps {
  shift: OpenShift;
  onSignUp: (shift: OpenShift) => void;
}

/** One shift a volunteer may ask for, as a card: what, when, where, how many seats are left, and 报名. */
export function OpenShiftCard({ shift, onSignUp }: OpenShiftCardProps) {
  const { t } = useTranslation();
  const own = shift.participation;
  const joined = own && ['requested', 'waitlisted', 'confirmed', 'completed'].includes(own.state);
  const full = shift.seatsLeft <= 0;
  return (
    <div style={{ border: '1px solid #f0f0f0', borderRadius: 12, padding: 14, background: '#fff' }}>
      <Typography.Text strong style={{ fontSize: 16, display: 'block' }}>
        {shift.activity.title}
      </Typography.Text>
      <Typography.Text style={{ display: 'block', marginTop: 2 }}>{shift.role}</Typography.Text>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6 }}>
        {t(`myVolunteering.weekdays.${weekdayOf(shift.startsAt)}`)} {formatTimeRange(shift.startsAt, shift.endsAt)}
      </Typography.Text>
      {shift.activity.place && (
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          <EnvironmentOutlined aria-hidden /> {shift.activity.place.address}
          {shift.distanceKm !== null && ` · ${t('myVolunteering.open.distance', { km: shift.distanceKm })}`}
        </Typography.Text>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 6, marginTop: 10 }}>
        <RiskTag level={shift.activity.riskLevel} />
        {shift.signupFlow === 'approve' && (
          <Tag style={{ marginInlineEnd: 0 }}>{t('myVolunteering.open.needsApproval')}</Tag>
        )}
        <Typography.Text type={full ? 'warning' : undefined}>
          {full
            ? shift.waitlistEnabled
              ? t('myVolunteering.open.fullWaitlist')
              : t('myVolunteering.open.full')
            : t('myVolunteering.open.seatsLeft', { count: shift.seatsLeft })}
        </Typography.Text>
        <span style={{ marginInlineStart: 'auto' }}>
          {joined ? (
            <Tag color="blue" style={{ marginInlineEnd: 0, fontSize: 14, padding: '4px 10px' }}>
              {t(`myVolunteering.open.joined.${own.state}`)}
            </Tag>
          ) : shift.signupFlow === 'assigned' ? (
            <Typography.Text type="secondary">{t('myVolunteering.open.assignedOnly')}</Typography.Text>
          ) : (
            <Button
              type="primary"
              size="large"
              disabled={full && !shift.waitlistEnabled}
              onClick={() => onSignUp(shift)}
              aria-label={t('myVolunteering.open.signUpFor', { role: shift.role, title: shift.activity.title })}
            >
              {full ? t('myVolunteering.open.joinWaitlist') : t('myVolunteering.open.signUp')}
            </Button>
          )}
        </span>
      </div>
    </div>
  );
}
