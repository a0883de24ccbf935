import type { OrganizationKind, OrganizationTreeNode } from '@liandong/domain';

/** Organizations whose volunteers register with them: a 义工联, a service station or a volunteer team. */
export const VOLUNTEER_UNIT_KINDS: readonly OrganizationKind[] = [
  'volunteer_federation',
  'service_station',
  'volunteer_team',
];

// Stations and teams belong to the registry above them; anything else can keep its own volunteers.
const UNIT_KINDS: readonly OrganizationKind[] = ['service_station', 'volunteer_team'];

/**
 * The registry an organization's volunteers belong to, as far as the acting subtree shows it: the nearest 义工联 at
 * or above it, else the nearest organization that is not a station or team, else the top of what is visible (the
 * server resolves the real root, which may lie above the subtree). Mirrors `registryRootFor` on the server.
 */
export function registryRootOf(
  nodes: readonly OrganizationTreeNode[],
  organizationId: string,
): OrganizationTreeNode | null {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const chain: OrganizationTreeNode[] = [];
  for (let node = byId.get(organizationId); node && !chain.includes(node); node = byId.get(node.parentId ?? '')) {
    chain.push(node);
  }
  if (chain.length === 0) return null;
  return (
    chain.find((node) => node.kind === 'volunteer_federation') ??
    chain.find((node) => !UNIT_KINDS.includes(node.kind)) ??
    chain.at(-1)!
  );
}

/**
 * The registries the acting subtree holds volunteers in, in tree order: the roots of every 义工联, station and team.
 * When there is none yet, the registry of `fallbackId` (the acting organization), so a coordinator can still set
 * the rules before creating the first team.
 */
export function registriesIn(
  nodes: readonly OrganizationTreeNode[],
  fallbackId?: string | null,
): OrganizationTreeNode[] {
  const roots = new Map<string, OrganizationTreeNode>();
  for (const node of nodes) {
    if (!VOLUNTEER_UNIT_KINDS.includes(node.kind)) continue;
    const root = registryRootOf(nodes, node.id);
    if (root) roots.set(root.id, root);
  }
  if (roots.size === 0 && fallbackId) {
    const root = registryRootOf(nodes, fallbackId);
    if (root) roots.set(root.id, root);
  }
  return nodes.filter((node) => roots.has(node.id));
}
