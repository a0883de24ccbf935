import type { MyHours } from '@liandong/domain';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { HoursEntryCard } from './hours-entry-card.tsx';

/** The volunteer's entries as cards, newest first, twenty at a time with 加载更多. */
export function MyHoursList({ query }: { query: UseInfiniteQueryResult<InfiniteData<MyHours>> }) {
  const { t } = useTranslation();
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const entries = query.data.pages.flatMap((page) => page.items);
  if (entries.length === 0)
    return <EmptyState title={t('serviceHours.mine.empty')} description={t('serviceHours.mine.emptyHint')} />;
  return (
    <Flex vertical gap={10}>
      {entries.map((entry) => (
        <HoursEntryCard key={entry.id} entry={entry} />
      ))}
      {query.hasNextPage && (
        <Button block size="large" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {t('serviceHours.mine.more')}
        </Button>
      )}
    </Flex>
  );
}
