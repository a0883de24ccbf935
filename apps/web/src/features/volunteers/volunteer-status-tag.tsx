import type { VolunteerStatus } from '@liandong/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

// 预备 waits for a coordinator (gold), 正式 serves (green); suspended and exited step back.
const STATUS_COLORS: Record<VolunteerStatus, string> = {
  prospective: 'gold',
  active: 'green',
  suspended: 'orange',
  exited: 'default',
};

/** A volunteer's status: 预备 / 正式 / 暂停 / 退出. */
export function VolunteerStatusTag({ status }: { status: VolunteerStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`volunteers.statuses.${status}`)}
    </Tag>
  );
}
