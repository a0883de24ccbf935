import type { ActivityDetail, ActivityListItem, OpenShift, Roster } from '@liandong/domain';
import { useQueries, useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../lib/api.ts';
import { useCan } from '../../lib/use-session.ts';
import { todayInShanghai } from '../activities/shanghai-time.ts';
import { useMyVolunteers } from '../my-volunteering/use-my-volunteers.ts';

/**
 * The rosters of today's shifts the user can lead: as staff, the open shifts of today's activities they can see; as
 * a volunteer team lead, the shifts naming them lead. Shifts whose roster the server refuses (led by someone else)
 * drop out, so what is left is exactly what the lead may tick.
 */
export function useLedShiftsToday() {
  const can = useCan();
  const browses = can('activities.manage') || can('volunteers.read');
  const today = todayInShanghai();
  const activities = useQuery({
    queryKey: ['activities', 'today', today],
    queryFn: () =>
      api.get<Page<ActivityListItem>>('/api/activities', {
        from: today,
        to: today,
        status: 'published',
        pageSize: 100,
      }),
    enabled: browses,
  });
  const details = useQueries({
    queries: (activities.data?.items ?? []).map((activity) => ({
      queryKey: ['activities', activity.id],
      queryFn: () => api.get<ActivityDetail>(`/api/activities/${activity.id}`),
    })),
  });
  const myVolunteerIds = new Set((useMyVolunteers().data?.items ?? []).map((volunteer) => volunteer.id));
  const openShifts = useQuery({
    queryKey: ['me', 'open-shifts', { from: today, to: today }],
    queryFn: () => api.get<{ items: OpenShift[] }>('/api/me/open-shifts', { from: today, to: today }),
    enabled: myVolunteerIds.size > 0,
  });

  const shiftIds = new Set<string>();
  for (const detail of details)
    for (const shift of detail.data?.shifts ?? [])
      if (shift.status === 'open' && todayInShanghai(shift.startsAt) <= today && todayInShanghai(shift.endsAt) >= today)
        shiftIds.add(shift.id);
  for (const shift of openShifts.data?.items ?? [])
    if (shift.leadVolunteer && myVolunteerIds.has(shift.leadVolunteer.id)) shiftIds.add(shift.id);

  const rosters = useQueries({
    queries: [...shiftIds].map((id) => ({
      queryKey: ['shifts', id, 'roster'],
      queryFn: () => api.get<Roster>(`/api/shifts/${id}/roster`),
    })),
  });
  const loading =
    (browses && activities.isPending) ||
    details.some((query) => query.isPending) ||
    (myVolunteerIds.size > 0 && openShifts.isPending) ||
    rosters.some((query) => query.isPending);
  return {
    loading,
    error: activities.error,
    rosters: rosters.flatMap((query) => (query.data ? [query.data] : [])),
  };
}
