import type { RegistrySettingsView } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export const REGISTRY_SETTINGS_KEY = 'volunteer-registries';

/**
 * The rules of the registry an organization's volunteers belong to (any organization's id finds its registry),
 * with the registry's name. Idle until an organization is chosen.
 */
export function useRegistrySettings(organizationId: string | null | undefined) {
  return useQuery({
    queryKey: [REGISTRY_SETTINGS_KEY, organizationId, 'settings'],
    queryFn: () => api.get<RegistrySettingsView>(`/api/volunteer-registries/${organizationId}/settings`),
    enabled: Boolean(organizationId),
    staleTime: 60_000,
  });
}
