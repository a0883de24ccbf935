import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { ApiError } from '../lib/api.ts';
import { LoadError } from './load-error.tsx';
import { PageLoading } from './page-loading.tsx';

// A malformed id is as absent as an unknown one; another organization's record answers 404 too.
const isNotFound = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || error.code === 'validation.failed');

interface RecordLoadStateProps {
  /** The detail page's record while it is not (yet) there: pending or failed. */
  query: UseQueryResult<unknown>;
  notFound: { title: string; text: string; backTo: string; backLabel: string };
}

/** What a detail page shows until its record arrives: loading, "not found" with the way back, or a load error. */
export function RecordLoadState({ query, notFound }: RecordLoadStateProps) {
  if (query.isPending) return <PageLoading />;
  if (isNotFound(query.error)) {
    return (
      <Result
        status="404"
        title={notFound.title}
        subTitle={notFound.text}
        extra={
          <Link to={notFound.backTo}>
            <Button type="primary">{notFound.backLabel}</Button>
          </Link>
        }
      />
    );
  }
  return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
}
