import type { OrganizationTreeNode } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

/** The acting subtree as a flat list (parents first); shared by the tree view, parent pickers and names. */
export function useOrganizationTree() {
  return useQuery({
    queryKey: ['organizations', 'tree'],
    queryFn: () => api.get<{ items: OrganizationTreeNode[] }>('/api/organizations/tree'),
  });
}
