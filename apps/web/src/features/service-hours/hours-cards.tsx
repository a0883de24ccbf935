import type { HoursEntry } from '@liandong/domain';
import { Button, Flex, Pagination, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { HoursEntryCard } from './hours-entry-card.tsx';
import type { HoursListProps } from './hours-table.tsx';

/** The workbench on a phone: one card per entry with a tick box, and a simple pager. */
export function HoursCards({ query, page, pageSize, onPageChange, empty, onOpen, selection }: HoursListProps) {
  const { t } = useTranslation();
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const { items, total } = query.data;
  if (items.length === 0) return <>{empty}</>;
  const open = (entry: HoursEntry) => (
    <Button size="small" onClick={() => onOpen(entry)}>
      {t('serviceHours.detail.open')}
    </Button>
  );
  return (
    <Spin spinning={query.isFetching && !query.isPending}>
      <Flex vertical gap={10}>
        {items.map((entry) => (
          <HoursEntryCard
            key={entry.id}
            entry={entry}
            showVolunteer
            action={open(entry)}
            selection={
              selection && {
                checked: selection.ids.includes(entry.id),
                disabled: !selection.selectable(entry),
                onChange: (checked) => selection.toggle(entry, checked),
              }
            }
          />
        ))}
        <Pagination
          simple
          align="center"
          current={page}
          pageSize={pageSize}
          total={total}
          hideOnSinglePage
          onChange={onPageChange}
        />
      </Flex>
    </Spin>
  );
}
