import type { HoursStatus } from '@liandong/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<HoursStatus, string> = { pending: 'gold', approved: 'green', declined: 'default' };

/** 待审核 / 已认定 / 未通过. */
export function HoursStatusTag({ status }: { status: HoursStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`serviceHours.statuses.${status}`)}
    </Tag>
  );
}
