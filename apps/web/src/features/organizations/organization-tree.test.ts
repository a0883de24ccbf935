import type { OrganizationTreeNode } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { buildOrganizationTree, subtreeIds } from './organization-tree.ts';

const node = (id: string, parentId: string | null, depth: number): OrganizationTreeNode => ({
  id,
  parentId,
  name: id,
  shortName: null,
  kind: 'other',
  legalStatus: 'none',
  depth,
});

// The acting organization "a" has a parent outside the subtree the server sends.
const nodes = [node('a', 'outside', 1), node('b', 'a', 2), node('c', 'b', 3), node('d', 'a', 2), node('e', 'c', 4)];

describe('organization tree', () => {
  it('nests children under their parents and makes an orphan a root', () => {
    const tree = buildOrganizationTree(nodes);
    expect(tree.map((item) => item.node.id)).toEqual(['a']);
    expect(tree[0]!.children.map((item) => item.node.id)).toEqual(['b', 'd']);
    expect(tree[0]!.children[0]!.children[0]!.children[0]!.node.id).toBe('e');
  });

  it('keeps several roots for a platform administrator', () => {
    expect(buildOrganizationTree([node('x', null, 0), node('y', null, 0)]).length).toBe(2);
  });

  it('lists an organization and all its descendants, not its siblings', () => {
    expect([...subtreeIds(nodes, 'b')].sort()).toEqual(['b', 'c', 'e']);
    expect([...subtreeIds(nodes, 'd')]).toEqual(['d']);
  });
});
