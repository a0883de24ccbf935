import type { OrganizationKind } from '@liandong/domain';

/** Kinds that are units of a registry rather than registries of their own (as in volunteers/registries.ts). */
const UNIT_KINDS: ReadonlySet<OrganizationKind> = new Set(['service_station', 'volunteer_team']);

/**
 * Which registry a path's hours belong to, by the rule of `registryRootFor` but over organizations already loaded
 * (statistics resolve dozens of unit paths per request): the nearest 义工联 at or above the path's organization;
 * failing one, the nearest organization that is not a station or team; failing that, the organization itself.
 * Keep the two in step.
 */
export function registryOfPathIn(
  organizations: readonly { id: string; kind: OrganizationKind }[],
): (path: string) => string {
  const kinds = new Map(organizations.map((organization) => [organization.id, organization.kind]));
  const resolved = new Map<string, string>();
  return (path) => {
    let registryId = resolved.get(path);
    if (registryId === undefined) {
      const upwards = path.split('/').filter(Boolean).toReversed();
      const known = upwards.filter((id) => kinds.has(id));
      registryId =
        known.find((id) => kinds.get(id) === 'volunteer_federation') ??
        known.find((id) => !UNIT_KINDS.has(kinds.get(id)!)) ??
        upwards[0] ??
        path;
      resolved.set(path, registryId);
    }
    return registryId;
  };
}
