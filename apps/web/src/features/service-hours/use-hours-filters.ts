import { HOURS_SOURCES, HOURS_STATUSES, type HoursSource, type HoursStatus } from '@liandong/domain';
import { useSearchParams } from 'react-router';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type HoursStatusFilter = HoursStatus | 'all';

/** The workbench's filters as they stand in the address; the export takes the same ones without the page. */
export interface HoursFilters {
  status: HoursStatusFilter;
  source?: HoursSource;
  from?: string;
  to?: string;
  organizationId?: string;
  activityId?: string;
  flagged: boolean;
  page: number;
  pageSize: number;
}

type FilterKey = 'status' | 'source' | 'from' | 'to' | 'org' | 'activity' | 'flagged' | 'page' | 'size';

/** Reads the filters from URL parameters: anything unknown falls back to the default (待审核, page 1). */
export function hoursFiltersOf(params: URLSearchParams): HoursFilters {
  const day = (key: string) => {
    const value = params.get(key);
    return value && DAY.test(value) ? value : undefined;
  };
  const status = params.get('status');
  const source = params.get('source') as HoursSource | null;
  const size = Number(params.get('size'));
  return {
    status:
      status === 'all' || HOURS_STATUSES.includes(status as HoursStatus) ? (status as HoursStatusFilter) : 'pending',
    source: source && HOURS_SOURCES.includes(source) ? source : undefined,
    from: day('from'),
    to: day('to'),
    organizationId: params.get('org') || undefined,
    activityId: params.get('activity') || undefined,
    flagged: params.get('flagged') === '1',
    page: Math.max(1, Math.floor(Number(params.get('page'))) || 1),
    pageSize: [20, 50, 100, 200].includes(size) ? size : 50,
  };
}

/** What the list and export endpoints take for these filters (the export leaves out the paging). */
export function hoursQueryOf(filters: HoursFilters) {
  return {
    status: filters.status,
    source: filters.source,
    from: filters.from,
    to: filters.to,
    organizationId: filters.organizationId,
    activityId: filters.activityId,
    flagged: filters.flagged ? true : undefined,
  };
}

/** The filters and a way to change them; any change but the page's starts again at page 1. */
export function useHoursFilters() {
  const [params, setParams] = useSearchParams();
  const filters = hoursFiltersOf(params);
  const update = (next: Partial<Record<FilterKey, string | undefined>>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    if (!('page' in next)) merged.delete('page');
    setParams(merged, { replace: true });
  };
  const filtered = Boolean(
    filters.source || filters.from || filters.to || filters.organizationId || filters.activityId || filters.flagged,
  );
  const clear = () =>
    update({
      source: undefined,
      from: undefined,
      to: undefined,
      org: undefined,
      activity: undefined,
      flagged: undefined,
    });
  return { filters, update, filtered, clear };
}
