import type { StreetListQuery } from '@liandong/domain';
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { nameMatches } from './name-search.ts';
import type { StreetsTable } from './regions.table.ts';

export function createStreetsRepository(db: Db) {
  const withCounts = () =>
    db
      .selectFrom('streets')
      .select(['id', 'countyCode', 'name', 'kind', 'code', 'createdAt', 'updatedAt'])
      .select((eb) =>
        eb
          .selectFrom('communities')
          .select(eb.fn.countAll<number>().as('count'))
          .whereRef('communities.streetId', '=', 'streets.id')
          .as('communityCount'),
      );

  return {
    list({ countyCode, q }: StreetListQuery) {
      let query = withCounts();
      if (countyCode) query = query.where('countyCode', '=', countyCode);
      if (q) query = query.where(nameMatches(db, 'streets', q));
      // Pinyin order is the order a Chinese reader expects from a list of names.
      return query.orderBy('pinyin').orderBy('name').execute();
    },

    findById: (id: string) => withCounts().where('id', '=', id).executeTakeFirst(),

    findIdByName: (countyCode: string, name: string) =>
      db
        .selectFrom('streets')
        .select('id')
        .where('countyCode', '=', countyCode)
        .where('name', '=', name)
        .executeTakeFirst(),

    insert: (street: Insertable<StreetsTable>) => db.insertInto('streets').values(street).execute(),

    update: (id: string, changes: Updateable<StreetsTable>) =>
      db.updateTable('streets').set(changes).where('id', '=', id).execute(),
  };
}

export type StreetRow = NonNullable<Awaited<ReturnType<ReturnType<typeof createStreetsRepository>['findById']>>>;
