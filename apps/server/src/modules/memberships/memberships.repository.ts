import type { Role } from '@liandong/domain';
import type { Insertable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import type { MembershipsTable } from './memberships.table.ts';

export function createMembershipsRepository(db: Db) {
  return {
    insert: (membership: Insertable<MembershipsTable>) => db.insertInto('memberships').values(membership).execute(),

    /** A user's memberships with the organization each is in, for the session and the organization switcher. */
    listForUser: (userId: string) =>
      db
        .selectFrom('memberships')
        .innerJoin('organizations', 'organizations.id', 'memberships.organizationId')
        .select([
          'memberships.id',
          'memberships.role',
          'memberships.organizationId',
          'organizations.name as organizationName',
          'organizations.kind as organizationKind',
          'organizations.path as organizationPath',
        ])
        .where('memberships.userId', '=', userId)
        .orderBy('organizations.path')
        .execute(),

    rolesIn: async (userId: string, organizationId: string): Promise<Role[]> => {
      const rows = await db
        .selectFrom('memberships')
        .select('role')
        .where('userId', '=', userId)
        .where('organizationId', '=', organizationId)
        .execute();
      return rows.map((row) => row.role);
    },
  };
}
