import { FilterOutlined } from '@ant-design/icons';
import type { AuditEvent } from '@liandong/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Grid, Pagination, Result, Spin, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PagedTable } from '../../components/paged-table.tsx';
import { api, type Page } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format-time.ts';
import { useCan } from '../../lib/use-session.ts';
import { AuditEventCards } from './audit-event-cards.tsx';
import { AuditActionText, AuditEntityText, AuditUserText } from './audit-event-cells.tsx';
import { AuditEventDetail } from './audit-event-detail.tsx';
import { type AuditFilters, AuditFiltersForm } from './audit-filters.tsx';

const DEFAULT_PAGE_SIZE = 20;

/** The audit trail for administrators: who did what, when and for which organization, with the fields changed. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().md;
  const canRead = useCan()('audit.read');
  const [filters, setFilters] = useState<AuditFilters>({});
  const [filterKey, setFilterKey] = useState(0);
  const [showFilters, setShowFilters] = useState(false);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  // A range of days counts as one filter, though it sends two bounds.
  const { from, to, ...others } = filters;
  const activeFilters =
    Object.values(others).filter((value) => value !== undefined).length +
    (from !== undefined || to !== undefined ? 1 : 0);

  const events = useQuery({
    queryKey: ['audit-events', filters, page, pageSize],
    queryFn: () => api.get<Page<AuditEvent>>('/api/audit-events', { ...filters, page, pageSize }),
    placeholderData: keepPreviousData,
    enabled: canRead,
  });

  if (!canRead) {
    return <Result status="403" title={t('audit.forbiddenTitle')} subTitle={t('audit.forbiddenText')} />;
  }

  const clear = () => {
    setFilters({});
    setFilterKey((key) => key + 1);
    setPage(1);
  };
  const empty =
    activeFilters > 0 ? (
      <EmptyState title={t('audit.noMatch')} action={<Button onClick={clear}>{t('audit.clearFilters')}</Button>} />
    ) : (
      <EmptyState title={t('audit.empty')} description={t('audit.emptyHint')} />
    );
  const items = events.data?.items ?? [];
  const total = events.data?.total ?? 0;
  const onPageChange = (nextPage: number, nextSize: number) => {
    setPage(nextSize === pageSize ? nextPage : 1);
    setPageSize(nextSize);
  };

  const columns: TableColumnsType<AuditEvent> = [
    {
      title: t('audit.columns.time'),
      dataIndex: 'occurredAt',
      render: (ms: number) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(ms)}</span>,
    },
    { title: t('audit.columns.user'), key: 'user', render: (_, event) => <AuditUserText event={event} /> },
    {
      title: t('audit.columns.organization'),
      dataIndex: 'actingOrganizationName',
      render: (name: string | null) => name ?? '—',
    },
    {
      title: t('audit.columns.action'),
      dataIndex: 'action',
      render: (action: string) => <AuditActionText action={action} />,
    },
    { title: t('audit.columns.entity'), key: 'entity', render: (_, event) => <AuditEntityText event={event} /> },
    { title: t('audit.columns.ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
  ];

  let list: React.ReactNode;
  if (events.isError) {
    list = <LoadError error={events.error} onRetry={() => void events.refetch()} />;
  } else if (isPhone) {
    list = (
      <Spin spinning={events.isFetching}>
        {events.isPending ? (
          <div style={{ minHeight: 120 }} />
        ) : items.length === 0 ? (
          empty
        ) : (
          <>
            <AuditEventCards events={items} />
            <Pagination
              simple
              current={page}
              pageSize={pageSize}
              total={total}
              onChange={onPageChange}
              style={{ marginTop: 12, justifyContent: 'center' }}
            />
          </>
        )}
      </Spin>
    );
  } else {
    list = (
      <PagedTable<AuditEvent>
        rowKey="id"
        columns={columns}
        query={events}
        page={page}
        pageSize={pageSize}
        pageSizeOptions={[20, 50, 100, 200]}
        onPageChange={onPageChange}
        expandable={{ expandedRowRender: (event) => <AuditEventDetail event={event} /> }}
        empty={empty}
      />
    );
  }

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        extra={
          isPhone && (
            <Button
              icon={<FilterOutlined />}
              type={activeFilters > 0 ? 'primary' : 'default'}
              aria-expanded={showFilters}
              onClick={() => setShowFilters((shown) => !shown)}
            >
              {activeFilters > 0 ? t('audit.filters.active', { count: activeFilters }) : t('audit.filters.toggle')}
            </Button>
          )
        }
      />
      {/* Hidden, not unmounted, on a phone, so the chosen filters stay in the form. */}
      <Card size="small" style={{ marginBottom: 16, display: isPhone && !showFilters ? 'none' : undefined }}>
        <AuditFiltersForm
          key={filterKey}
          onChange={(next) => {
            setFilters(next);
            setPage(1);
            setShowFilters(false);
          }}
        />
      </Card>
      <Card size="small">{list}</Card>
    </>
  );
}
