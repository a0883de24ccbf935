import type { ActivityStatus, ActivityType, RiskLevel } from '@liandong/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

// Low risk needs no attention; elevated and high need insurance before anyone is confirmed.
const RISK_COLORS: Record<RiskLevel, string> = { low: 'green', elevated: 'orange', high: 'red' };

/** 低风险 / 较高风险 / 高风险. */
export function RiskTag({ level }: { level: RiskLevel }) {
  const { t } = useTranslation();
  return (
    <Tag color={RISK_COLORS[level]} style={{ marginInlineEnd: 0 }}>
      {t(`activities.risks.${level}`)}
    </Tag>
  );
}

/** 社区活动, 小组活动, 探访… */
export function ActivityTypeTag({ type }: { type: ActivityType }) {
  const { t } = useTranslation();
  return (
    <Tag color="blue" style={{ marginInlineEnd: 0 }}>
      {t(`activities.types.${type}`)}
    </Tag>
  );
}

/** Only a cancelled activity is marked; a published one is the normal case. */
export function ActivityStatusTag({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'cancelled' ? 'default' : 'cyan'} style={{ marginInlineEnd: 0 }}>
      {t(`activities.statuses.${status}`)}
    </Tag>
  );
}
