import type { Role } from '@liandong/domain';
import type { Insertable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import type { MembershipsTable } from './memberships.table.ts';

export function createMembershipsRepository(db: Db) {
  /** Memberships with the member's name, as the members list shows them. */
  const withUser = () =>
    db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.userId')
      .select(['m.id', 'm.userId', 'u.username', 'u.displayName', 'm.organizationId', 'm.role', 'm.createdAt']);

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
          'organizations.shortName as organizationShortName',
          'organizations.kind as organizationKind',
          'organizations.path as organizationPath',
        ])
        .where('memberships.userId', '=', userId)
        .orderBy('organizations.path')
        .execute(),

    findById: (id: string) => db.selectFrom('memberships').selectAll().where('id', '=', id).executeTakeFirst(),

    findWithUser: (id: string) => withUser().where('m.id', '=', id).executeTakeFirst(),

    listForOrganization: (organizationId: string) =>
      withUser().where('m.organizationId', '=', organizationId).orderBy('m.createdAt').orderBy('m.id').execute(),

    exists: async (userId: string, organizationId: string, role: Role) =>
      (await db
        .selectFrom('memberships')
        .select('id')
        .where('userId', '=', userId)
        .where('organizationId', '=', organizationId)
        .where('role', '=', role)
        .executeTakeFirst()) !== undefined,

    async countWithRole(organizationId: string, role: Role): Promise<number> {
      const row = await db
        .selectFrom('memberships')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('organizationId', '=', organizationId)
        .where('role', '=', role)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    delete: (id: string) => db.deleteFrom('memberships').where('id', '=', id).execute(),

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
