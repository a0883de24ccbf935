import type { CommunityListQuery } from '@liandong/domain';
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { nameMatches } from './name-search.ts';
import type { CommunitiesTable } from './regions.table.ts';

type CommunityFilters = Omit<CommunityListQuery, 'page' | 'pageSize'>;

export function createCommunitiesRepository(db: Db) {
  const filtered = ({ q, countyCode, streetId, type }: CommunityFilters) => {
    let query = db.selectFrom('communities').innerJoin('streets', 'streets.id', 'communities.streetId');
    if (q) query = query.where(nameMatches(db, 'communities', q));
    if (countyCode) query = query.where('communities.countyCode', '=', countyCode);
    if (streetId) query = query.where('communities.streetId', '=', streetId);
    if (type) query = query.where('communities.type', '=', type);
    return query;
  };

  const withDetails = (filters: CommunityFilters) =>
    filtered(filters)
      .select([
        'communities.id',
        'communities.streetId',
        'streets.name as streetName',
        'communities.countyCode',
        'communities.name',
        'communities.type',
        'communities.code',
        'communities.description',
        'communities.createdAt',
        'communities.updatedAt',
      ])
      .select((eb) => [
        eb
          .selectFrom('grids')
          .select(eb.fn.countAll<number>().as('count'))
          .whereRef('grids.communityId', '=', 'communities.id')
          .as('gridCount'),
        eb
          .selectFrom('buildings')
          .select(eb.fn.countAll<number>().as('count'))
          .whereRef('buildings.communityId', '=', 'communities.id')
          .as('buildingCount'),
      ]);

  return {
    async list(filters: CommunityFilters, page: { page: number; pageSize: number }) {
      const rows = await withDetails(filters)
        // Street by street, each in pinyin order: how a district's communities are usually listed.
        .orderBy('streets.pinyin')
        .orderBy('communities.pinyin')
        .orderBy('communities.id')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute();
      const { total } = await filtered(filters)
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      return { rows, total: Number(total) };
    },

    findById: (id: string) => withDetails({}).where('communities.id', '=', id).executeTakeFirst(),

    findIdByName: (streetId: string, name: string) =>
      db
        .selectFrom('communities')
        .select('id')
        .where('streetId', '=', streetId)
        .where('name', '=', name)
        .executeTakeFirst(),

    insert: (community: Insertable<CommunitiesTable>) => db.insertInto('communities').values(community).execute(),

    update: (id: string, changes: Updateable<CommunitiesTable>) =>
      db.updateTable('communities').set(changes).where('id', '=', id).execute(),
  };
}

export type CommunityRow = NonNullable<Awaited<ReturnType<ReturnType<typeof createCommunitiesRepository>['findById']>>>;
