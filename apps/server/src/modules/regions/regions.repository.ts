import type { RegionSearchQuery } from '@liandong/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { nameMatches, nameRank } from './name-search.ts';

const REGION_COLUMNS = ['code', 'name', 'level', 'parentCode', 'fullName'] as const;

// People mostly look for the county they work in, so among equal matches counties come first.
const LEVEL_RANK = sql<number>`case ${sql.ref('level')} when 'county' then 0 when 'city' then 1 else 2 end`;

/** GB/T 2260 divisions: read-only reference data loaded by a migration. */
export function createRegionsRepository(db: Db) {
  return {
    findByCode: (code: string) =>
      db.selectFrom('regions').select(REGION_COLUMNS).where('code', '=', code).executeTakeFirst(),

    listChildren: (code: string) =>
      db.selectFrom('regions').select(REGION_COLUMNS).where('parentCode', '=', code).orderBy('code').execute(),

    search({ q, parentCode, level, limit }: RegionSearchQuery) {
      let query = db.selectFrom('regions').select(REGION_COLUMNS);
      if (parentCode) query = query.where('parentCode', '=', parentCode);
      if (level) query = query.where('level', '=', level);
      if (q) query = query.where(nameMatches(db, 'regions', q)).orderBy(nameRank(db, 'regions', q));
      return query.orderBy(LEVEL_RANK).orderBy('code').limit(limit).execute();
    },
  };
}
