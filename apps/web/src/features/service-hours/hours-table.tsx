import type { HoursEntry, HoursEntryPage } from '@liandong/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, type TableColumnsType, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedTable } from '../../components/paged-table.tsx';
import { EvaluationStars } from '../activities/evaluation-stars.tsx';
import { formatDuration } from './format-duration.ts';
import { HoursAmount } from './hours-amount.tsx';
import { HoursEntrySummary } from './hours-entry-summary.tsx';
import { HoursFlags } from './hours-flags.tsx';
import { HoursStatusTag } from './hours-status-tag.tsx';
import type { HoursSelection } from './use-hours-selection.ts';

export interface HoursListProps {
  query: UseQueryResult<HoursEntryPage>;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  empty: ReactNode;
  onOpen: (entry: HoursEntry) => void;
  /** Row selection for a bulk decision; absent when the user may not approve. */
  selection?: HoursSelection;
}

/** The workbench as a table (desktop): who, when, what, how long, from where, how it went, and what to check. */
export function HoursTable({ query, page, pageSize, onPageChange, empty, onOpen, selection }: HoursListProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<HoursEntry> = [
    {
      title: t('serviceHours.columns.volunteer'),
      key: 'volunteer',
      render: (_, entry) => (
        <div style={{ whiteSpace: 'nowrap' }}>
          <Link to={`/volunteers/${entry.volunteerId}`}>{entry.volunteerName}</Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {entry.volunteerLocalNo}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('serviceHours.columns.date'), dataIndex: 'serviceDate', key: 'date', width: 110 },
    {
      title: t('serviceHours.columns.activity'),
      key: 'activity',
      render: (_, entry) => (
        <>
          <HoursEntrySummary entry={entry} />
          {entry.flags.length > 0 && (
            <div style={{ marginTop: 4 }}>
              <HoursFlags flags={entry.flags} />
            </div>
          )}
        </>
      ),
    },
    {
      title: t('serviceHours.columns.raw'),
      key: 'raw',
      align: 'right',
      render: (_, entry) => <span style={{ whiteSpace: 'nowrap' }}>{formatDuration(t, entry.rawMinutes)}</span>,
    },
    {
      title: t('serviceHours.columns.credited'),
      key: 'credited',
      align: 'right',
      render: (_, entry) => (
        <Typography.Text strong>
          <HoursAmount hundredths={entry.creditedHundredths} signed={entry.kind !== 'original'} />
        </Typography.Text>
      ),
    },
    {
      title: t('serviceHours.columns.source'),
      key: 'source',
      render: (_, entry) => <span style={{ whiteSpace: 'nowrap' }}>{t(`serviceHours.sources.${entry.source}`)}</span>,
    },
    {
      title: t('serviceHours.columns.evaluation'),
      key: 'evaluation',
      render: (_, entry) => <EvaluationStars evaluation={entry.evaluation} />,
    },
    {
      title: t('serviceHours.columns.status'),
      key: 'status',
      render: (_, entry) => <HoursStatusTag status={entry.status} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, entry) => (
        <Button type="link" size="small" onClick={() => onOpen(entry)} style={{ paddingInline: 0 }}>
          {t('serviceHours.detail.open')}
        </Button>
      ),
    },
  ];

  return (
    <PagedTable<HoursEntry>
      rowKey="id"
      query={query}
      page={page}
      pageSize={pageSize}
      pageSizeOptions={[20, 50, 100, 200]}
      onPageChange={onPageChange}
      empty={empty}
      columns={columns}
      rowSelection={
        selection && {
          selectedRowKeys: selection.ids,
          onChange: (_keys, rows) => selection.set(rows),
          getCheckboxProps: (entry) => ({
            disabled: !selection.selectable(entry),
            'aria-label': t('serviceHours.bulk.selectRow', { name: entry.volunteerName, date: entry.serviceDate }),
          }),
          renderCell: (_checked, entry, _index, node) =>
            entry.ownEntry ? (
              <Tooltip title={t('serviceHours.ownEntry')}>
                <span>{node}</span>
              </Tooltip>
            ) : (
              node
            ),
        }
      }
    />
  );
}
