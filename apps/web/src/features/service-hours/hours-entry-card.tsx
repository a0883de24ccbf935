import type { HoursEntry } from '@liandong/domain';
import { Card, Checkbox, Flex, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EvaluationStars } from '../activities/evaluation-stars.tsx';
import { formatDuration } from './format-duration.ts';
import { HoursAmount } from './hours-amount.tsx';
import { HoursEntrySummary } from './hours-entry-summary.tsx';
import { HoursFlags } from './hours-flags.tsx';
import { HoursStatusTag } from './hours-status-tag.tsx';

interface HoursEntryCardProps {
  entry: HoursEntry;
  /** The volunteer's name and number on top (the workbench); a volunteer's own list leaves it out. */
  showVolunteer?: boolean;
  /** A tick box for the bulk decision. */
  selection?: { checked: boolean; disabled: boolean; onChange: (checked: boolean) => void };
  /** A button or link at the bottom right (详情). */
  action?: ReactNode;
}

/** One ledger entry as a card, for phones: the day, what was done, the hours in large type, status and rating. */
export function HoursEntryCard({ entry, showVolunteer = false, selection, action }: HoursEntryCardProps) {
  const { t } = useTranslation();
  const box = selection && (
    <Checkbox
      checked={selection.checked}
      disabled={selection.disabled}
      onChange={(event) => selection.onChange(event.target.checked)}
      aria-label={t('serviceHours.bulk.selectRow', { name: entry.volunteerName, date: entry.serviceDate })}
      style={{ padding: 4 }}
    />
  );
  return (
    <Card size="small" styles={{ body: { padding: 14 } }}>
      <Flex gap={10} align="flex-start">
        {box && (entry.ownEntry ? <Tooltip title={t('serviceHours.ownEntry')}>{box}</Tooltip> : box)}
        <div style={{ flex: 1, minWidth: 0 }}>
          <Flex justify="space-between" align="baseline" gap={8}>
            <Typography.Text type="secondary">
              {showVolunteer ? (
                <>
                  <Typography.Text strong>{entry.volunteerName}</Typography.Text> {entry.volunteerLocalNo} ·{' '}
                </>
              ) : null}
              {entry.serviceDate}
            </Typography.Text>
            <HoursStatusTag status={entry.status} />
          </Flex>
          <div style={{ margin: '6px 0' }}>
            <HoursEntrySummary entry={entry} maxWidth={9999} />
          </div>
          <Flex justify="space-between" align="center" gap={8}>
            <Flex wrap align="baseline" style={{ flex: 1, minWidth: 0, columnGap: 8 }}>
              <Typography.Text strong style={{ fontSize: 20 }}>
                <HoursAmount hundredths={entry.creditedHundredths} signed={entry.kind !== 'original'} />
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('serviceHours.card.raw', { duration: formatDuration(t, entry.rawMinutes) })} ·{' '}
                {t(`serviceHours.sources.${entry.source}`)}
              </Typography.Text>
            </Flex>
            {action && <div style={{ flex: 'none' }}>{action}</div>}
          </Flex>
          {(entry.flags.length > 0 || entry.evaluation) && (
            <Flex vertical gap={4} style={{ marginTop: 6 }}>
              <HoursFlags flags={entry.flags} />
              <EvaluationStars evaluation={entry.evaluation} />
            </Flex>
          )}
          {entry.status === 'declined' && entry.decisionNote && (
            <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0', fontSize: 13 }}>
              {t('serviceHours.card.declineNote', { note: entry.decisionNote })}
            </Typography.Paragraph>
          )}
        </div>
      </Flex>
    </Card>
  );
}
