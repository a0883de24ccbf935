import type { OrganizationKind } from '@liandong/domain';
import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { containsText } from '../../db/text-search.ts';
import type { OrganizationsTable } from './organizations.table.ts';

export type OrganizationRow = Selectable<OrganizationsTable>;

export interface OrganizationListFilter {
  /** Only organizations whose path starts with this; null for every organization (platform administrator). */
  scopePath: string | null;
  q?: string | undefined;
  kind?: OrganizationKind | undefined;
  parentId?: string | undefined;
  page: number;
  pageSize: number;
}

export function createOrganizationsRepository(db: Db) {
  /** An organization with the names of its region and community and how many children and members it has. */
  const detailQuery = () =>
    db
      .selectFrom('organizations as o')
      .leftJoin('regions as r', 'r.code', 'o.regionCode')
      .leftJoin('communities as c', 'c.id', 'o.communityId')
      .selectAll('o')
      .select(['r.fullName as regionName', 'c.name as communityName'])
      .select((eb) => [
        eb
          .selectFrom('organizations as child')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('child.parentId', '=', 'o.id')
          .as('childCount'),
        eb
          .selectFrom('memberships as m')
          .select((e) => e.fn.count<number>('m.userId').distinct().as('n'))
          .whereRef('m.organizationId', '=', 'o.id')
          .as('memberCount'),
      ]);

  return {
    findById: (id: string) => db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst(),

    findManyByIds: (ids: readonly string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db.selectFrom('organizations').selectAll().where('id', 'in', ids).execute(),

    findDetailById: (id: string) => detailQuery().where('o.id', '=', id).executeTakeFirst(),

    findByUscc: (uscc: string) =>
      db.selectFrom('organizations').select(['id']).where('uscc', '=', uscc).executeTakeFirst(),

    insert: (organization: Insertable<OrganizationsTable>) =>
      db.insertInto('organizations').values(organization).execute(),

    update: (id: string, changes: Updateable<OrganizationsTable>) =>
      db.updateTable('organizations').set(changes).where('id', '=', id).execute(),

    /**
     * Takes the organization's row lock for the rest of the transaction (an update that changes nothing, which both
     * dialects accept), so checks such as "is this the last administrator" run one at a time on PostgreSQL;
     * SQLite already runs one write transaction at a time.
     */
    lockForUpdate: (id: string) =>
      db
        .updateTable('organizations')
        .set((eb) => ({ updatedAt: eb.ref('updatedAt') }))
        .where('id', '=', id)
        .execute(),

    /**
     * Re-roots a subtree in one statement: every organization under `oldPath` (itself included) gets `newPath` in
     * place of that prefix and its depth shifted by `depthDelta`.
     */
    movePaths: (oldPath: string, newPath: string, depthDelta: number) =>
      db
        .updateTable('organizations')
        .set({
          path: sql<string>`cast(${newPath} as text) || substr(${sql.ref('path')}, ${oldPath.length + 1})`,
          depth: sql<number>`${sql.ref('depth')} + ${depthDelta}`,
        })
        .where('path', 'like', `${oldPath}%`)
        .execute(),

    async list(filter: OrganizationListFilter) {
      let query = detailQuery();
      if (filter.scopePath !== null) query = query.where('o.path', 'like', `${filter.scopePath}%`);
      if (filter.kind) query = query.where('o.kind', '=', filter.kind);
      if (filter.parentId) query = query.where('o.parentId', '=', filter.parentId);
      const q = filter.q;
      if (q) query = query.where((eb) => eb.or([containsText(db, 'o.name', q), containsText(db, 'o.shortName', q)]));
      const total = await query
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const items = await query
        .orderBy('o.path')
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize)
        .execute();
      return { items, total: Number(total.n) };
    },

    /** The rows needed to draw a tree, parents before children. */
    listTree: (scopePath: string | null) => {
      let query = db
        .selectFrom('organizations')
        .select(['id', 'parentId', 'name', 'shortName', 'kind', 'legalStatus', 'depth', 'path']);
      if (scopePath !== null) query = query.where('path', 'like', `${scopePath}%`);
      return query.orderBy('path').execute();
    },

    regionExists: async (code: string) =>
      (await db.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst()) !== undefined,

    communityExists: async (id: string) =>
      (await db.selectFrom('communities').select('id').where('id', '=', id).executeTakeFirst()) !== undefined,
  };
}

export type OrganizationDetailRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createOrganizationsRepository>['findDetailById']>>
>;
