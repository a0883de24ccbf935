import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import type { ShiftsTable } from './activities.table.ts';

export type ShiftRow = Selectable<ShiftsTable>;

/** How many are asking for a place and how many wait for one, per shift. */
export interface ShiftDemand {
  requested: number;
  waitlisted: number;
}

export function createShiftsRepository(db: Db) {
  /** Shifts with the name of their team lead. */
  const presentable = () =>
    db
      .selectFrom('shifts as s')
      .leftJoin('volunteers as lv', 'lv.id', 's.leadVolunteerId')
      .selectAll('s')
      .select('lv.name as leadVolunteerName');

  return {
    findById: (id: string) => db.selectFrom('shifts').selectAll().where('id', '=', id).executeTakeFirst(),

    findPresentable: (id: string) => presentable().where('s.id', '=', id).executeTakeFirst(),

    listPresentable: (shiftIds: readonly string[]) =>
      shiftIds.length === 0 ? Promise.resolve([]) : presentable().where('s.id', 'in', shiftIds).execute(),

    listPresentableForActivity: (activityId: string) =>
      presentable().where('s.activityId', '=', activityId).orderBy('s.startsAt').orderBy('s.id').execute(),

    async demandOf(shiftIds: readonly string[]): Promise<Map<string, ShiftDemand>> {
      const demand = new Map<string, ShiftDemand>();
      if (shiftIds.length === 0) return demand;
      const rows = await db
        .selectFrom('participations')
        .select((eb) => ['shiftId', 'state', eb.fn.countAll<number>().as('n')])
        .where('shiftId', 'in', shiftIds)
        .where('state', 'in', ['requested', 'waitlisted'])
        .groupBy(['shiftId', 'state'])
        .execute();
      for (const row of rows) {
        const entry = demand.get(row.shiftId) ?? { requested: 0, waitlisted: 0 };
        if (row.state === 'requested') entry.requested = Number(row.n);
        else entry.waitlisted = Number(row.n);
        demand.set(row.shiftId, entry);
      }
      return demand;
    },

    insert: (row: Insertable<ShiftsTable>) => db.insertInto('shifts').values(row).execute(),

    /**
     * Applies the changes unless the new capacity is below the seats confirmed by then: one conditional update, so a
     * sign-up confirmed in between cannot leave more people than seats. False when refused.
     */
    async update(id: string, changes: Updateable<ShiftsTable>): Promise<boolean> {
      let query = db.updateTable('shifts').set(changes).where('id', '=', id);
      if (typeof changes.capacity === 'number') query = query.where('confirmedCount', '<=', changes.capacity);
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Cancels the shift if it is still open; false when it was cancelled already. */
    async cancelIfOpen(id: string, now: number): Promise<boolean> {
      const result = await db
        .updateTable('shifts')
        .set({ status: 'cancelled', updatedAt: now })
        .where('id', '=', id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Cancels the activity's open shifts and returns their ids. */
    async cancelOpenShiftsOf(activityId: string, now: number): Promise<string[]> {
      const open = await db
        .selectFrom('shifts')
        .select('id')
        .where('activityId', '=', activityId)
        .where('status', '=', 'open')
        .execute();
      if (open.length === 0) return [];
      const ids = open.map((row) => row.id);
      await db.updateTable('shifts').set({ status: 'cancelled', updatedAt: now }).where('id', 'in', ids).execute();
      return ids;
    },

    /** Whether any open shift of the activity would fall outside [startsAt, endsAt]. */
    async hasOpenShiftOutside(activityId: string, startsAt: number, endsAt: number): Promise<boolean> {
      const row = await db
        .selectFrom('shifts')
        .select('id')
        .where('activityId', '=', activityId)
        .where('status', '=', 'open')
        .where((eb) => eb.or([eb('startsAt', '<', startsAt), eb('endsAt', '>', endsAt)]))
        .executeTakeFirst();
      return row !== undefined;
    },

    /**
     * Keeps the participations' copies of the shift's times in step when it moves: the overlap check reads the
     * copies, not the shift.
     */
    moveParticipations: (shiftId: string, startsAt: number, endsAt: number) =>
      db.updateTable('participations').set({ startsAt, endsAt }).where('shiftId', '=', shiftId).execute(),

    /** Whether the user has a volunteer record (not exited) in the registry. */
    isVolunteerOfRegistry: async (userId: string, registryId: string) =>
      (await db
        .selectFrom('volunteers')
        .select('id')
        .where('userId', '=', userId)
        .where('registryId', '=', registryId)
        .where('status', '!=', 'exited')
        .executeTakeFirst()) !== undefined,

    /** The volunteer when they are an active team lead of the registry; undefined otherwise. */
    findTeamLead: (volunteerId: string, registryId: string) =>
      db
        .selectFrom('volunteers as v')
        .select(['v.id', 'v.name'])
        .where('v.id', '=', volunteerId)
        .where('v.registryId', '=', registryId)
        .where('v.status', '=', 'active')
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('volunteerTeamMemberships as t')
              .select('t.id')
              .whereRef('t.volunteerId', '=', 'v.id')
              .where('t.role', '=', 'team_lead'),
          ),
        )
        .executeTakeFirst(),
  };
}

export type PresentableShiftRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createShiftsRepository>['findPresentable']>>
>;
