import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { containsText } from '../../db/text-search.ts';
import type { UsersTable } from './users.table.ts';

export type UserRow = Selectable<UsersTable>;

export interface UserListFilter {
  /** Only users with a membership in an organization whose path starts with this; null for every user. */
  scopePath: string | null;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export function createUsersRepository(db: Db) {
  return {
    findById: (id: string) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(),

    findByUsername: (username: string) =>
      db.selectFrom('users').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst(),

    async list(filter: UserListFilter) {
      let query = db.selectFrom('users');
      const { scopePath, q } = filter;
      if (scopePath !== null)
        query = query.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('memberships')
              .innerJoin('organizations', 'organizations.id', 'memberships.organizationId')
              .select('memberships.id')
              .whereRef('memberships.userId', '=', 'users.id')
              .where('organizations.path', 'like', `${scopePath}%`),
          ),
        );
      if (q)
        query = query.where((eb) =>
          eb.or([containsText(db, 'users.username', q), containsText(db, 'users.displayName', q)]),
        );
      const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const items = await query
        .select(['id', 'username', 'displayName', 'isPlatformAdmin', 'status', 'createdAt'])
        .orderBy('username')
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize)
        .execute();
      return { items, total: Number(total.n) };
    },

    insert: (user: Insertable<UsersTable>) => db.insertInto('users').values(user).execute(),

    updatePassword: (id: string, passwordHash: string, now: number) =>
      db
        .updateTable('users')
        .set({ passwordHash, passwordChangedAt: now, updatedAt: now })
        .where('id', '=', id)
        .execute(),
  };
}
