import type { Roster } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export const rosterQueryKey = (shiftId: string) => ['shifts', shiftId, 'roster'] as const;

/** A shift's roster as its lead sees it; `refreshMs` keeps it live on the check-in screen. */
export function useRoster(shiftId: string, refreshMs?: number) {
  return useQuery({
    queryKey: rosterQueryKey(shiftId),
    queryFn: () => api.get<Roster>(`/api/shifts/${shiftId}/roster`),
    refetchInterval: refreshMs,
    refetchIntervalInBackground: false,
  });
}
