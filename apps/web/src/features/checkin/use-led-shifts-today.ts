import type { LedShifts } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

/**
 * The rosters of today's shifts the user may lead (as staff of the organizer, as the activity's lead social worker
 * or as the shift's team lead), in one request: the server decides who leads what.
 */
export function useLedShiftsToday() {
  const query = useQuery({
    queryKey: ['me', 'led-shifts'],
    queryFn: () => api.get<LedShifts>('/api/me/led-shifts'),
  });
  return { loading: query.isPending, error: query.error, rosters: query.data?.items ?? [] };
}
