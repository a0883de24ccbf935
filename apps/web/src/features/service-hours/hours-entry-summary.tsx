import type { HoursEntry } from '@liandong/domain';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * 活动/服务内容: the activity's title (or "未关联活动") over the service content; a correction or void says so, with
 * its reason, which the ledger keeps in `content`.
 */
export function HoursEntrySummary({ entry, maxWidth = 280 }: { entry: HoursEntry; maxWidth?: number }) {
  const { t } = useTranslation();
  return (
    <div style={{ maxWidth, minWidth: 0 }}>
      <div>
        {entry.kind !== 'original' && (
          <Tag color={entry.kind === 'void' ? 'red' : 'blue'} style={{ marginInlineEnd: 6 }}>
            {t(`serviceHours.kinds.${entry.kind}`)}
          </Tag>
        )}
        <Typography.Text strong={Boolean(entry.activityTitle)} type={entry.activityTitle ? undefined : 'secondary'}>
          {entry.activityTitle ?? t('serviceHours.noActivity')}
        </Typography.Text>
      </div>
      {entry.content && (
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 2, tooltip: entry.content }}
          style={{ margin: 0, fontSize: 13 }}
        >
          {entry.content}
        </Typography.Paragraph>
      )}
    </div>
  );
}
