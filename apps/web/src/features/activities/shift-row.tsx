import { EditOutlined, QrcodeOutlined, StopOutlined, TeamOutlined } from '@ant-design/icons';
import type { Shift, SkillOption } from '@liandong/domain';
import { Button, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SkillTags } from '../volunteers/skill-tags.tsx';
import { formatTimeRange } from './shanghai-time.ts';

interface ShiftRowProps {
  shift: Shift;
  skills: readonly SkillOption[];
  /** Present when the user may edit and cancel shifts. */
  onEdit?: () => void;
  onCancel?: () => void;
}

/** One shift of an activity: what, when, how many are confirmed, and the ways to its roster and check-in code. */
export function ShiftRow({ shift, skills, onEdit, onCancel }: ShiftRowProps) {
  const { t } = useTranslation();
  const cancelled = shift.status === 'cancelled';
  return (
    <div
      style={{
        border: '1px solid #f0f0f0',
        borderRadius: 8,
        padding: '12px 14px',
        background: cancelled ? '#fafafa' : '#fff',
        display: 'flex',
        flexWrap: 'wrap',
        gap: 12,
        alignItems: 'center',
      }}
    >
      <div style={{ flex: '1 1 280px', minWidth: 0 }}>
        <Space size={6} wrap>
          <Typography.Text strong style={{ fontSize: 16 }} delete={cancelled}>
            {shift.role}
          </Typography.Text>
          {cancelled ? (
            <Tag style={{ marginInlineEnd: 0 }}>{t('activities.shiftStatuses.cancelled')}</Tag>
          ) : (
            <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
              {t(`activities.signupFlows.${shift.signupFlow}`)}
            </Tag>
          )}
        </Space>
        <Typography.Text type="secondary" style={{ display: 'block', margin: '2px 0 6px' }}>
          {formatTimeRange(shift.startsAt, shift.endsAt)}
          {shift.leadVolunteer && ` · ${t('activities.shiftLeadBy', { name: shift.leadVolunteer.name })}`}
        </Typography.Text>
        <Space size={12} wrap>
          <Typography.Text>
            {t('activities.shiftCounts', { confirmed: shift.confirmedCount, capacity: shift.capacity })}
          </Typography.Text>
          {shift.requestedCount > 0 && (
            <Typography.Text type="warning">
              {t('activities.requestedCount', { count: shift.requestedCount })}
            </Typography.Text>
          )}
          {shift.waitlistedCount > 0 && (
            <Typography.Text type="secondary">
              {t('activities.waitlistedCount', { count: shift.waitlistedCount })}
            </Typography.Text>
          )}
          {shift.requiredSkills.length > 0 && <SkillTags codes={shift.requiredSkills} skills={skills} max={3} />}
          {shift.minAge !== null && (
            <Typography.Text type="secondary">{t('activities.minAgeValue', { age: shift.minAge })}</Typography.Text>
          )}
        </Space>
      </div>
      <Space wrap>
        <Link to={`/shifts/${shift.id}/roster`}>
          <Button icon={<TeamOutlined />}>{t('activities.roster.open')}</Button>
        </Link>
        {!cancelled && (
          <Link to={`/shifts/${shift.id}/checkin-screen`}>
            <Button icon={<QrcodeOutlined />}>{t('activities.roster.codeShort')}</Button>
          </Link>
        )}
        {!cancelled && onEdit && (
          <Button icon={<EditOutlined />} onClick={onEdit} aria-label={t('activities.editShift', { role: shift.role })}>
            {t('common.edit')}
          </Button>
        )}
        {!cancelled && onCancel && (
          <Button type="text" danger icon={<StopOutlined />} onClick={onCancel}>
            {t('activities.cancelShift')}
          </Button>
        )}
      </Space>
    </div>
  );
}
