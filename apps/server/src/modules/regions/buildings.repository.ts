import type { Insertable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import type { BuildingsTable } from './regions.table.ts';

export function createBuildingsRepository(db: Db) {
  return {
    listForCommunity: (communityId: string) =>
      db
        .selectFrom('buildings')
        .select(['id', 'communityId', 'gridId', 'name', 'createdAt'])
        .where('communityId', '=', communityId)
        .orderBy('id')
        .execute(),

    findIdByName: (communityId: string, name: string) =>
      db
        .selectFrom('buildings')
        .select('id')
        .where('communityId', '=', communityId)
        .where('name', '=', name)
        .executeTakeFirst(),

    insert: (building: Insertable<BuildingsTable>) => db.insertInto('buildings').values(building).execute(),
  };
}
