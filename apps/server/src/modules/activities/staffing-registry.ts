import type { Db } from '../../db/create-db.ts';
import type { OrganizationRow } from '../organizations/organizations.repository.ts';
import { registryRootFor } from '../volunteers/registries.ts';

/**
 * Whose volunteers staff an activity. The organizer's own 义工联 when it belongs to one; otherwise a co-organizing
 * 义工联's — the 社工+义工 linkage: an agency's social workers lead an activity, the federation's volunteers serve
 * in it; failing both, the organizer's own registry (an agency with its own volunteer team).
 */
export async function staffingRegistryFor(
  db: Db,
  organizer: OrganizationRow,
  coOrganizers: readonly OrganizationRow[],
): Promise<OrganizationRow> {
  const own = await registryRootFor(db, organizer);
  if (own.kind === 'volunteer_federation') return own;
  for (const coOrganizer of coOrganizers) {
    const registry = await registryRootFor(db, coOrganizer);
    if (registry.kind === 'volunteer_federation') return registry;
  }
  return own;
}
