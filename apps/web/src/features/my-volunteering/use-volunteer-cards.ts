import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import type { PersonalQr } from '../checkin/checkin-types.ts';

/** The signed-in volunteer's personal codes, one per registry; they never expire, so they are fetched once. */
export function useVolunteerCards(enabled: boolean) {
  return useQuery({
    queryKey: ['me', 'volunteer-cards'],
    queryFn: () => api.get<{ items: PersonalQr[] }>('/api/me/volunteer-cards'),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The address a personal code encodes: scanning it with the lead's phone camera opens the lead's check page. */
export const cardLinkOf = (token: string) => `${window.location.origin}/card/${token}`;
