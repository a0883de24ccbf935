import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import type { UsersTable } from './users.table.ts';

export type UserRow = Selectable<UsersTable>;

export function createUsersRepository(db: Db) {
  return {
    findById: (id: string) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(),

    findByUsername: (username: string) =>
      db.selectFrom('users').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst(),

    insert: (user: Insertable<UsersTable>) => db.insertInto('users').values(user).execute(),

    updatePassword: (id: string, passwordHash: string, now: number) =>
      db
        .updateTable('users')
        .set({ passwordHash, passwordChangedAt: now, updatedAt: now })
        .where('id', '=', id)
        .execute(),

    async countPlatformAdmins(): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('isPlatformAdmin', '=', 1)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}
