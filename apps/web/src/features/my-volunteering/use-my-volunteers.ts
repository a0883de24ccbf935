import type { MyVolunteer } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { useSession } from '../../lib/use-session.ts';

export const MY_VOLUNTEERS_KEY = ['me', 'volunteer'] as const;

/**
 * The signed-in user's own volunteer records (one per registry they joined); empty for staff who never registered.
 * Shared by the nav (我的志愿 shows only for volunteers), the home card and the volunteer's pages.
 */
export function useMyVolunteers() {
  const signedIn = Boolean(useSession().data);
  return useQuery({
    queryKey: MY_VOLUNTEERS_KEY,
    queryFn: () => api.get<{ items: MyVolunteer[] }>('/api/me/volunteer'),
    enabled: signedIn,
    staleTime: 60_000,
  });
}
