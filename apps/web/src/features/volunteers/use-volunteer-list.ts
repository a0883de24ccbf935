import { VOLUNTEER_STATUSES, type VolunteerListItem, type VolunteerStatus } from '@liandong/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, type Page } from '../../lib/api.ts';

export const PAGE_SIZE = 20;

export type VolunteerRow = VolunteerListItem;

export interface VolunteerListFilters {
  q?: string;
  status?: VolunteerStatus;
  organizationId?: string;
  skill?: string;
  page: number;
}

/** The list's filters as they stand in the address (so Back keeps them), and a way to change them. */
export function useVolunteerFilters() {
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status') as VolunteerStatus | null;
  const filters: VolunteerListFilters = {
    q: params.get('q') || undefined,
    status: statusParam && VOLUNTEER_STATUSES.includes(statusParam) ? statusParam : undefined,
    organizationId: params.get('org') || undefined,
    skill: params.get('skill') || undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
  };
  const update = (next: Partial<Record<'q' | 'status' | 'org' | 'skill' | 'page', string | undefined>>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    // Any change of filter starts again at the first page.
    if (!('page' in next)) merged.delete('page');
    setParams(merged, { replace: true });
  };
  const filtered = Boolean(filters.q || filters.status || filters.organizationId || filters.skill);
  return { filters, update, filtered };
}

/** One page of volunteers within the acting subtree, identity masked. */
export function useVolunteerList(filters: VolunteerListFilters) {
  return useQuery({
    queryKey: ['volunteers', 'list', filters],
    queryFn: () =>
      api.get<Page<VolunteerRow>>('/api/volunteers', {
        q: filters.q,
        status: filters.status,
        organizationId: filters.organizationId,
        skill: filters.skill,
        page: filters.page,
        pageSize: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  });
}
