import type { Db } from '../../db/create-db.ts';

export function createLoginThrottleRepository(db: Db) {
  return {
    find: (key: string) => db.selectFrom('loginThrottle').selectAll().where('key', '=', key).executeTakeFirst(),

    save: (row: { key: string; failures: number; firstFailureAt: number; lockedUntil: number | null }) =>
      db
        .insertInto('loginThrottle')
        .values(row)
        .onConflict((oc) =>
          oc
            .column('key')
            .doUpdateSet({ failures: row.failures, firstFailureAt: row.firstFailureAt, lockedUntil: row.lockedUntil }),
        )
        .execute(),

    clear: (key: string) => db.deleteFrom('loginThrottle').where('key', '=', key).execute(),
  };
}
