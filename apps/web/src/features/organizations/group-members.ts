import type { Membership } from '@liandong/domain';

/** One person in an organization with every role they hold there (one membership per role). */
export interface MemberRow {
  userId: string;
  username: string;
  displayName: string;
  memberships: Membership[];
  joinedAt: number;
}

/** Folds memberships into one row per person, in the order they first joined. */
export function groupMembers(memberships: readonly Membership[]): MemberRow[] {
  const rows = new Map<string, MemberRow>();
  for (const membership of memberships) {
    const row = rows.get(membership.userId);
    if (row) {
      row.memberships.push(membership);
      row.joinedAt = Math.min(row.joinedAt, membership.createdAt);
    } else {
      rows.set(membership.userId, {
        userId: membership.userId,
        username: membership.username,
        displayName: membership.displayName,
        memberships: [membership],
        joinedAt: membership.createdAt,
      });
    }
  }
  return [...rows.values()].sort((a, b) => a.joinedAt - b.joinedAt);
}
