import type { Insertable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import type { GridsTable } from './regions.table.ts';

const GRID_COLUMNS = ['id', 'communityId', 'name', 'createdAt'] as const;

export function createGridsRepository(db: Db) {
  return {
    listForCommunity: (communityId: string) =>
      db.selectFrom('grids').select(GRID_COLUMNS).where('communityId', '=', communityId).orderBy('id').execute(),

    findInCommunity: (communityId: string, id: string) =>
      db
        .selectFrom('grids')
        .select(GRID_COLUMNS)
        .where('communityId', '=', communityId)
        .where('id', '=', id)
        .executeTakeFirst(),

    findIdByName: (communityId: string, name: string) =>
      db
        .selectFrom('grids')
        .select('id')
        .where('communityId', '=', communityId)
        .where('name', '=', name)
        .executeTakeFirst(),

    insert: (grid: Insertable<GridsTable>) => db.insertInto('grids').values(grid).execute(),
  };
}
