import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { formatHours, type HoursEntryPage } from '@liandong/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Grid, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { api } from '../../lib/api.ts';
import { useCan } from '../../lib/use-session.ts';
import { HoursCards } from './hours-cards.tsx';
import { HoursDecisionBar } from './hours-decision-bar.tsx';
import { HoursDetailDrawer } from './hours-detail-drawer.tsx';
import { HoursFiltersBar } from './hours-filters.tsx';
import { HoursRecordDrawer } from './hours-record-drawer.tsx';
import { HoursTable } from './hours-table.tsx';
import { useDownload } from './use-download.ts';
import { hoursQueryOf, useHoursFilters } from './use-hours-filters.ts';
import { useHoursSelection } from './use-hours-selection.ts';

/** 时长审核: the ledger filtered (待审核 by default), decided one by one or in bulk, recorded, corrected, exported. */
export function HoursWorkbenchPage() {
  const { t } = useTranslation();
  const can = useCan();
  const isPhone = !Grid.useBreakpoint().md;
  const filterState = useHoursFilters();
  const { filters, update, filtered, clear } = filterState;
  const [recording, setRecording] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const query = hoursQueryOf(filters);
  const list = useQuery({
    queryKey: ['service-hours', 'list', filters],
    queryFn: () =>
      api.get<HoursEntryPage>('/api/service-hours', { ...query, page: filters.page, pageSize: filters.pageSize }),
    placeholderData: keepPreviousData,
  });
  const selection = useHoursSelection(JSON.stringify(filters));
  const exporter = useDownload();
  const summary = list.data?.summary;

  const empty =
    filters.status === 'pending' && !filtered ? (
      <EmptyState title={t('serviceHours.empty.pending')} description={t('serviceHours.empty.pendingHint')} />
    ) : (
      <EmptyState
        title={t('serviceHours.empty.noMatch')}
        action={filtered ? <Button onClick={clear}>{t('serviceHours.filters.clear')}</Button> : undefined}
      />
    );
  const results = {
    query: list,
    page: filters.page,
    pageSize: filters.pageSize,
    onPageChange: (page: number, pageSize: number) =>
      update({ page: page > 1 ? String(page) : undefined, size: pageSize === 50 ? undefined : String(pageSize) }),
    empty,
    onOpen: (entry: { id: string }) => setOpenId(entry.id),
    selection: can('hours.approve') ? selection : undefined,
  };

  return (
    <>
      <PageHeader
        title={t('serviceHours.title')}
        subtitle={t('serviceHours.subtitle')}
        extra={
          <>
            {can('volunteers.manage') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
                {t('serviceHours.record')}
              </Button>
            )}
            <Button
              icon={<DownloadOutlined />}
              loading={exporter.isPending}
              onClick={() =>
                exporter.mutate({ path: '/api/service-hours/export.xlsx', query, fallbackName: 'service-hours.xlsx' })
              }
            >
              {t('serviceHours.export')}
            </Button>
          </>
        }
      />
      <Card size="small">
        <HoursFiltersBar state={filterState} />
        {summary && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }} aria-live="polite">
            {t('serviceHours.summary', { count: summary.count, hours: formatHours(summary.creditedHundredths) })}
          </Typography.Paragraph>
        )}
        <HoursDecisionBar selection={selection} />
        {isPhone ? <HoursCards {...results} /> : <HoursTable {...results} />}
      </Card>
      <HoursRecordDrawer open={recording} onClose={() => setRecording(false)} />
      <HoursDetailDrawer entryId={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
