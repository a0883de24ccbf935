import type { UseQueryResult } from '@tanstack/react-query';
import type { TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../lib/api.ts';
import { LoadError } from './load-error.tsx';
import { ResponsiveTable } from './responsive-table.tsx';

type PagedTableProps<T> = Omit<TableProps<T>, 'dataSource' | 'loading' | 'locale' | 'pagination'> & {
  /** One page of a list the server pages; while it first loads the table stays blank rather than "empty". */
  query: UseQueryResult<Page<T>>;
  page: number;
  pageSize: number;
  /** Sizes the user may choose; without them the size is fixed and the pager hides when one page holds all. */
  pageSizeOptions?: number[];
  onPageChange: (page: number, pageSize: number) => void;
  /** What an empty answer shows: usually an EmptyState that says why and what to do. */
  empty: ReactNode;
};

/** A list the server pages, shown as a ResponsiveTable with a total, or the load error with a retry. */
export function PagedTable<T extends object>({
  query,
  page,
  pageSize,
  pageSizeOptions,
  onPageChange,
  empty,
  ...table
}: PagedTableProps<T>) {
  const { t } = useTranslation();
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <ResponsiveTable<T>
      {...table}
      dataSource={query.data?.items}
      loading={query.isFetching}
      locale={{ emptyText: query.isPending ? ' ' : empty }}
      pagination={{
        current: page,
        pageSize,
        total: query.data?.total ?? 0,
        showTotal: (total) => t('common.total', { count: total }),
        onChange: onPageChange,
        ...(pageSizeOptions ? { pageSizeOptions } : { showSizeChanger: false, hideOnSinglePage: true }),
      }}
    />
  );
}
