import type { OrganizationKind, OrganizationTreeNode } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { registriesIn, registryRootOf } from './registry-roots.ts';

const node = (id: string, parentId: string | null, kind: OrganizationKind, depth = 0): OrganizationTreeNode => ({
  id,
  parentId,
  name: id,
  shortName: null,
  kind,
  legalStatus: 'none',
  depth,
});

// agency ─ federation ─ station ─ team; agency ─ own team (no federation)
const TREE = [
  node('agency', null, 'social_work_agency'),
  node('federation', 'agency', 'volunteer_federation', 1),
  node('station', 'federation', 'service_station', 2),
  node('team', 'station', 'volunteer_team', 3),
  node('agencyTeam', 'agency', 'volunteer_team', 1),
];

describe('registryRootOf', () => {
  it('finds the nearest federation above a team', () => {
    expect(registryRootOf(TREE, 'team')?.id).toBe('federation');
    expect(registryRootOf(TREE, 'federation')?.id).toBe('federation');
  });

  it('falls back to the nearest organization that is not a station or team', () => {
    expect(registryRootOf(TREE, 'agencyTeam')?.id).toBe('agency');
    expect(registryRootOf(TREE, 'agency')?.id).toBe('agency');
  });

  it('takes the top of the visible subtree when only stations and teams are visible', () => {
    const partial = [node('station', 'outside', 'service_station', 2), node('team', 'station', 'volunteer_team', 3)];
    expect(registryRootOf(partial, 'team')?.id).toBe('station');
  });

  it('answers null for an organization outside the tree', () => {
    expect(registryRootOf(TREE, 'elsewhere')).toBeNull();
  });
});

describe('registriesIn', () => {
  it('lists each registry once, in tree order', () => {
    expect(registriesIn(TREE).map((registry) => registry.id)).toEqual(['agency', 'federation']);
  });

  it('uses the fallback organization when the subtree has no volunteer units', () => {
    const agencyOnly = [node('agency', null, 'social_work_agency'), node('centre', 'agency', 'community_org', 1)];
    expect(registriesIn(agencyOnly).map((registry) => registry.id)).toEqual([]);
    expect(registriesIn(agencyOnly, 'centre').map((registry) => registry.id)).toEqual(['centre']);
  });
});
