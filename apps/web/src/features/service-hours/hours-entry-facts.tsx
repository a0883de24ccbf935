import type { HoursEntry } from '@liandong/domain';
import { Descriptions, Grid, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-time.ts';
import { EvaluationStars } from '../activities/evaluation-stars.tsx';
import { formatTimeRange } from '../activities/shanghai-time.ts';
import { formatDuration } from './format-duration.ts';
import { HoursAmount } from './hours-amount.tsx';
import { HoursFlags } from './hours-flags.tsx';
import { HoursStatusTag } from './hours-status-tag.tsx';

/** Everything the ledger holds about one entry, including who recorded and who decided (谁记录谁证明). */
export function HoursEntryFacts({ entry }: { entry: HoursEntry }) {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().md;
  const dash = '—';
  const items = [
    {
      key: 'volunteer',
      label: t('serviceHours.columns.volunteer'),
      children: `${entry.volunteerName}（${entry.volunteerLocalNo}）`,
    },
    { key: 'date', label: t('serviceHours.detail.date'), children: entry.serviceDate },
    {
      key: 'time',
      label: t('serviceHours.detail.time'),
      children: entry.startedAt && entry.endedAt ? formatTimeRange(entry.startedAt, entry.endedAt) : dash,
    },
    {
      key: 'activity',
      label: t('serviceHours.detail.activity'),
      children: entry.activityTitle ?? t('serviceHours.noActivity'),
    },
    { key: 'content', label: t('serviceHours.detail.content'), children: entry.content ?? dash },
    { key: 'place', label: t('serviceHours.detail.place'), children: entry.place ?? dash },
    { key: 'lead', label: t('serviceHours.detail.lead'), children: entry.leadName ?? dash },
    { key: 'raw', label: t('serviceHours.columns.raw'), children: formatDuration(t, entry.rawMinutes) },
    {
      key: 'credited',
      label: t('serviceHours.columns.credited'),
      children: (
        <Space size={6} wrap>
          <Typography.Text strong>
            <HoursAmount hundredths={entry.creditedHundredths} signed={entry.kind !== 'original'} />
          </Typography.Text>
          <Tag>
            {entry.roundingRule?.kind === 'manual'
              ? t('serviceHours.detail.manualRule')
              : t('serviceHours.detail.byRule')}
          </Tag>
        </Space>
      ),
    },
    { key: 'source', label: t('serviceHours.columns.source'), children: t(`serviceHours.sources.${entry.source}`) },
    {
      key: 'recorded',
      label: t('serviceHours.detail.recorded'),
      children: t('serviceHours.detail.recordedBy', {
        name: entry.recorderName ?? dash,
        organization: entry.recordingOrganizationName,
        time: formatDateTime(entry.recordedAt).slice(0, 16),
      }),
    },
    {
      key: 'status',
      label: t('serviceHours.columns.status'),
      children: (
        <Space size={6} wrap>
          <HoursStatusTag status={entry.status} />
          {entry.decidedAt && (
            <Typography.Text type="secondary">
              {t('serviceHours.detail.decidedBy', {
                name: entry.deciderName ?? dash,
                time: formatDateTime(entry.decidedAt).slice(0, 16),
              })}
            </Typography.Text>
          )}
          {entry.decisionNote && <Typography.Text>{entry.decisionNote}</Typography.Text>}
        </Space>
      ),
    },
    ...(entry.evaluation
      ? [
          {
            key: 'evaluation',
            label: t('serviceHours.columns.evaluation'),
            children: <EvaluationStars evaluation={entry.evaluation} />,
          },
        ]
      : []),
    ...(entry.flags.length > 0
      ? [{ key: 'flags', label: t('serviceHours.detail.flags'), children: <HoursFlags flags={entry.flags} /> }]
      : []),
  ];
  // One column: the drawer is narrow, and a label squeezed to two characters a line reads badly.
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      items={items}
      styles={{ label: { width: isPhone ? 84 : 112, whiteSpace: 'nowrap' } }}
    />
  );
}
