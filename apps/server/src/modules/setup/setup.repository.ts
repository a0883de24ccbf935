import type { Db } from '../../db/create-db.ts';

export function createSetupRepository(db: Db) {
  return {
    isDone: async () => (await db.selectFrom('installation').select('id').executeTakeFirst()) !== undefined,
    markDone: (setupBy: string, now: number) =>
      db.insertInto('installation').values({ id: 1, setupAt: now, setupBy }).execute(),
  };
}
