import type { Membership, Role } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { groupMembers } from './group-members.ts';

const membership = (id: string, userId: string, role: Role, createdAt: number): Membership => ({
  id,
  userId,
  username: userId,
  displayName: userId.toUpperCase(),
  organizationId: 'org',
  role,
  createdAt,
});

describe('groupMembers', () => {
  it('gives one row per person with all their roles, earliest member first', () => {
    const rows = groupMembers([
      membership('m1', 'li', 'social_worker', 30),
      membership('m2', 'wang', 'org_admin', 20),
      membership('m3', 'li', 'supervisor', 10),
    ]);
    expect(rows.map((row) => row.userId)).toEqual(['li', 'wang']);
    expect(rows[0]!.memberships.map((m) => m.role)).toEqual(['social_worker', 'supervisor']);
    expect(rows[0]!.joinedAt).toBe(10);
  });

  it('is empty without memberships', () => {
    expect(groupMembers([])).toEqual([]);
  });
});
