import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  type ActivityListItem,
  type ActivityStatus,
  type ActivityType,
} from '@liandong/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, type Page } from '../../lib/api.ts';

export const ACTIVITY_PAGE_SIZE = 20;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface ActivityListFilters {
  from?: string;
  to?: string;
  type?: ActivityType;
  status?: ActivityStatus;
  q?: string;
  page: number;
}

type FilterKey = 'from' | 'to' | 'type' | 'status' | 'q' | 'page';

/** The activity list's filters as they stand in the address (so Back keeps them), and a way to change them. */
export function useActivityFilters() {
  const [params, setParams] = useSearchParams();
  const day = (key: string) => {
    const value = params.get(key);
    return value && DAY.test(value) ? value : undefined;
  };
  const type = params.get('type') as ActivityType | null;
  const status = params.get('status') as ActivityStatus | null;
  const filters: ActivityListFilters = {
    from: day('from'),
    to: day('to'),
    type: type && ACTIVITY_TYPES.includes(type) ? type : undefined,
    status: status && ACTIVITY_STATUSES.includes(status) ? status : undefined,
    q: params.get('q') || undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
  };
  const update = (next: Partial<Record<FilterKey, string | undefined>>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    // Any change of filter starts again at the first page.
    if (!('page' in next)) merged.delete('page');
    setParams(merged, { replace: true });
  };
  const filtered = Boolean(filters.from || filters.to || filters.type || filters.status || filters.q);
  return { filters, update, filtered };
}

/** One page of the activities the user may see, newest first. */
export function useActivityList(filters: ActivityListFilters) {
  return useQuery({
    queryKey: ['activities', 'list', filters],
    queryFn: () =>
      api.get<Page<ActivityListItem>>('/api/activities', {
        from: filters.from,
        to: filters.to,
        type: filters.type,
        status: filters.status,
        q: filters.q,
        page: filters.page,
        pageSize: ACTIVITY_PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  });
}
