import type { OrganizationTreeNode } from '@liandong/domain';

export interface OrganizationTreeItem {
  node: OrganizationTreeNode;
  children: OrganizationTreeItem[];
}

/**
 * Nests the flat subtree the server sends (parents before children). A node whose parent is not in the list
 * (the acting organization, whose parent lies outside the subtree) becomes a root.
 */
export function buildOrganizationTree(nodes: readonly OrganizationTreeNode[]): OrganizationTreeItem[] {
  const items = new Map<string, OrganizationTreeItem>();
  for (const node of nodes) items.set(node.id, { node, children: [] });
  const roots: OrganizationTreeItem[] = [];
  for (const node of nodes) {
    const item = items.get(node.id)!;
    const parent = node.parentId ? items.get(node.parentId) : undefined;
    if (parent) parent.children.push(item);
    else roots.push(item);
  }
  return roots;
}

/** The organization itself and everything beneath it: where it cannot be moved to without a cycle. */
export function subtreeIds(nodes: readonly OrganizationTreeNode[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  // Parents come before children, so one pass collects every descendant.
  for (const node of nodes) {
    if (node.parentId && ids.has(node.parentId)) ids.add(node.id);
  }
  return ids;
}
