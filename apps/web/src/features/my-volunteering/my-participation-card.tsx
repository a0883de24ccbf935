import { EnvironmentOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CheckFlagTags, ParticipationStateTag } from '../activities/participation-state-tag.tsx';
import { formatClock, formatTimeRange, weekdayOf } from '../activities/shanghai-time.ts';
import type { MyParticipation } from '../checkin/checkin-types.ts';

interface MyParticipationCardProps {
  participation: MyParticipation;
  /** Present while the volunteer may still give the place up (before the start, not checked in). */
  onCancel?: () => void;
}

/** One of the volunteer's places: the shift, its state, check-in times and 取消报名 while that is still possible. */
export function MyParticipationCard({ participation: p, onCancel }: MyParticipationCardProps) {
  const { t } = useTranslation();
  return (
    <div style={{ border: '1px solid #f0f0f0', borderRadius: 12, padding: 14, background: '#fff' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong style={{ fontSize: 16, display: 'block' }}>
            {p.activityTitle}
          </Typography.Text>
          <Typography.Text>{p.role}</Typography.Text>
        </div>
        <ParticipationStateTag participation={p} />
      </div>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6 }}>
        {t(`myVolunteering.weekdays.${weekdayOf(p.startsAt)}`)} {formatTimeRange(p.startsAt, p.endsAt)}
      </Typography.Text>
      {p.address && (
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          <EnvironmentOutlined aria-hidden /> {p.address}
        </Typography.Text>
      )}
      {(p.checkedInAt !== null || p.flags.length > 0) && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginTop: 6 }}>
          {p.checkedInAt !== null && (
            <Typography.Text>
              {t('myVolunteering.mine.inOut', {
                in: formatClock(p.checkedInAt),
                out: p.checkedOutAt === null ? '—' : formatClock(p.checkedOutAt),
              })}
            </Typography.Text>
          )}
          <CheckFlagTags flags={p.flags} />
        </div>
      )}
      {onCancel && (
        <div style={{ marginTop: 10, textAlign: 'end' }}>
          <Button danger onClick={onCancel}>
            {t('myVolunteering.mine.cancel')}
          </Button>
        </div>
      )}
    </div>
  );
}
