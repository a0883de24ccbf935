import type { Organization, RegionDetail } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import type { CountyOption } from './county-select.tsx';

/**
 * Where a first visit should open: the county of the organization the user acts for, when it has one.
 * Anything that fails simply leaves the choice to the user.
 */
export function useDefaultCounty(actingOrganizationId: string | null | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['regions', 'default-county', actingOrganizationId],
    enabled: enabled && Boolean(actingOrganizationId),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async (): Promise<CountyOption | null> => {
      try {
        const organization = await api.get<Organization>(`/api/organizations/${actingOrganizationId}`);
        if (!organization.regionCode) return null;
        const region = await api.get<RegionDetail>(`/api/regions/${organization.regionCode}`);
        return region.level === 'county' ? { code: region.code, fullName: region.fullName } : null;
      } catch {
        return null;
      }
    },
  });
}
