import type { StarAwardState } from '@liandong/domain';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { volunteerWithinPath } from '../volunteers/volunteers.policy.ts';
import type { StarAwardsTable } from './star-awards.table.ts';

export type StarAwardRow = Selectable<StarAwardsTable>;

export interface StarAwardFilter {
  /** Awards of volunteers whose home or a team lies under this path; null for all (platform administrator). */
  withinPath: string | null;
  state?: StarAwardState | undefined;
}

// SQLite allows 32,766 bound parameters and PostgreSQL 65,535; lists of ids go in chunks well below either.
const CHUNK = 1000;

/** Star awards: one row per application, moved through its states by conditional updates. */
export function createStarAwardsRepository(db: Db) {
  const filtered = (filter: StarAwardFilter) => {
    let query = db
      .selectFrom('starAwards as s')
      .innerJoin('volunteers', 'volunteers.id', 's.volunteerId')
      .innerJoin('organizations as home', 'home.id', 'volunteers.homeOrganizationId');
    if (filter.withinPath !== null) query = query.where(volunteerWithinPath(filter.withinPath));
    if (filter.state) query = query.where('s.state', '=', filter.state);
    return query;
  };

  return {
    findById: (id: string) => db.selectFrom('starAwards').selectAll().where('id', '=', id).executeTakeFirst(),

    /** A volunteer's awards, newest application first. */
    listOfVolunteer: (volunteerId: string) =>
      db
        .selectFrom('starAwards')
        .selectAll()
        .where('volunteerId', '=', volunteerId)
        .orderBy('appliedAt', 'desc')
        .orderBy('id', 'desc')
        .execute(),

    /** The highest level among the volunteer's open (not revoked) awards, 0 when none. */
    async highestOpenLevel(volunteerId: string): Promise<number> {
      const row = await db
        .selectFrom('starAwards')
        .select((eb) => eb.fn.max('level').as('level'))
        .where('volunteerId', '=', volunteerId)
        .where('state', '!=', 'revoked')
        .executeTakeFirst();
      return Number(row?.level ?? 0);
    },

    /** The same, for many volunteers: only those with an open award are in the map. */
    async highestOpenLevels(volunteerIds: readonly string[]): Promise<Map<string, number>> {
      const levels = new Map<string, number>();
      for (let start = 0; start < volunteerIds.length; start += CHUNK) {
        const rows = await db
          .selectFrom('starAwards')
          .select(['volunteerId', (eb) => eb.fn.max('level').as('level')])
          .where('volunteerId', 'in', volunteerIds.slice(start, start + CHUNK))
          .where('state', '!=', 'revoked')
          .groupBy('volunteerId')
          .execute();
        for (const row of rows) levels.set(row.volunteerId, Number(row.level));
      }
      return levels;
    },

    insert: (row: Insertable<StarAwardsTable>) => db.insertInto('starAwards').values(row).execute(),

    /**
     * Moves an award on, only from the state it was read in: of two decisions at the same moment exactly one
     * changes the row. Returns whether this call did.
     */
    async transition(id: string, from: StarAwardState, changes: Updateable<StarAwardsTable>): Promise<boolean> {
      const result = await db
        .updateTable('starAwards')
        .set(changes)
        .where('id', '=', id)
        .where('state', '=', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** A page of awards with their volunteer, most recently changed first. */
    list: (filter: StarAwardFilter, page: { page: number; pageSize: number }) =>
      filtered(filter)
        .selectAll('s')
        .select([
          'volunteers.name as volunteerName',
          'volunteers.localNo as volunteerLocalNo',
          'volunteers.homeOrganizationId',
          'home.name as homeOrganizationName',
        ])
        .orderBy('s.updatedAt', 'desc')
        .orderBy('s.id', 'desc')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute(),

    async count(filter: StarAwardFilter): Promise<number> {
      const row = await filtered(filter)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /**
     * Locks the volunteer's row until the transaction ends (a no-op update), so two applications for the same
     * volunteer are checked for duplicates one after the other on PostgreSQL; SQLite has one writer anyway.
     */
    lockVolunteer: (volunteerId: string) =>
      db
        .updateTable('volunteers')
        .set((eb) => ({ updatedAt: eb.ref('updatedAt') }))
        .where('id', '=', volunteerId)
        .execute(),
  };
}

export type StarAwardListRow = Awaited<ReturnType<ReturnType<typeof createStarAwardsRepository>['list']>>[number];
