import type { ParticipationState } from '@liandong/domain';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import {
  givenValues,
  type Param,
  paramsFor,
  preparedByShape,
  preparedInsert,
  preparedQuery,
} from '../../db/prepared-query.ts';
import type { CheckEventsTable, ParticipationsTable } from './participations.table.ts';

export type ParticipationRow = Selectable<ParticipationsTable>;
export type ParticipantVolunteer = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createParticipationsRepository>['findVolunteer']>>
>;

/** A shift with what sign-up and check-in decide on: its activity's organizer, lead, place, risk and registry. */
export type ShiftContext = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createParticipationsRepository>['findShiftContext']>>
>;

/** Participation rows joined with what every view of them shows about the volunteer and the evaluator. */
const presentableOf = (db: Db) =>
  db
    .selectFrom('participations as p')
    .innerJoin('volunteers as v', 'v.id', 'p.volunteerId')
    .leftJoin('users as evaluator', 'evaluator.id', 'p.evaluatedBy')
    .selectAll('p')
    .select([
      'v.name as volunteerName',
      'v.localNo as volunteerLocalNo',
      'v.phoneMasked as volunteerPhoneMasked',
      'evaluator.displayName as evaluatorName',
    ]);

/** Shifts joined with their activity and the user account of their team lead, if any. */
const shiftContextsOf = (db: Db) =>
  db
    .selectFrom('shifts as s')
    .innerJoin('activities as a', 'a.id', 's.activityId')
    .leftJoin('volunteers as lead', 'lead.id', 's.leadVolunteerId')
    .select([
      's.id',
      's.activityId',
      's.role',
      's.startsAt',
      's.endsAt',
      's.capacity',
      's.confirmedCount',
      's.requiredSkills',
      's.requiredQualifications',
      's.minAge',
      's.minorsAllowed',
      's.signupFlow',
      's.waitlistEnabled',
      's.leadVolunteerId',
      's.checkinOpensMin',
      's.checkinClosesMin',
      's.status',
      'a.title as activityTitle',
      'a.type as activityType',
      'a.organizationId',
      'a.organizationPath',
      'a.registryId',
      'a.leadUserId',
      'a.address',
      'a.latitude',
      'a.longitude',
      'a.geofenceM',
      'a.riskLevel',
      'a.status as activityStatus',
      'lead.userId as leadVolunteerUserId',
    ]);

// A check-in runs these; each is prepared (see db/prepared-query.ts).
const findShiftContextById = preparedQuery((db, param: Param<{ shiftId: string }>) =>
  shiftContextsOf(db).where('s.id', '=', param('shiftId')),
);
const findPresentableById = preparedQuery((db, param: Param<{ id: string }>) =>
  presentableOf(db).where('p.id', '=', param('id')),
);
// Written as IN (the user's volunteer records) so SQLite looks up (shift, volunteer) by the unique key, instead of
// going through every participation of the shift (a large event's shift has hundreds) and joining each.
const findPresentableByShiftAndUser = preparedQuery((db, param: Param<{ shiftId: string; userId: string }>) =>
  presentableOf(db)
    .where('p.shiftId', '=', param('shiftId'))
    .where('p.volunteerId', 'in', db.selectFrom('volunteers').select('id').where('userId', '=', param('userId'))),
);
const findPresentableByShiftAndVolunteer = preparedQuery((db, param: Param<{ shiftId: string; volunteerId: string }>) =>
  presentableOf(db).where('p.shiftId', '=', param('shiftId')).where('p.volunteerId', '=', param('volunteerId')),
);
const insertCheckEventRow = preparedInsert('checkEvents');
/** One prepared update for each set of columns changed and of states moved from: a handful of call sites. */
const transitionParticipation = preparedByShape(
  ({ columns, from }: { columns: string[]; from: readonly ParticipationState[] }) => `${columns.join()}|${from.join()}`,
  (db, param: Param<Record<string, unknown>>, { columns, from }) =>
    db
      .updateTable('participations')
      .set(paramsFor(columns, param))
      .where('id', '=', param('id') as string)
      .where('state', 'in', from),
);

export function createParticipationsRepository(db: Db) {
  return {
    findShiftContext: async (shiftId: string) => (await findShiftContextById(db, { shiftId })).rows[0],

    /**
     * Open shifts of published activities overlapping [from, to) that the user may lead: as the activity's lead
     * social worker, as the shift's team lead, or within `staffScope` (the subtree where they manage activities;
     * '' for everywhere, null for nowhere). Callers still apply canLeadShift.
     */
    findShiftContextsLedBetween: (from: number, to: number, userId: string, staffScope: string | null) =>
      shiftContextsOf(db)
        .where('s.startsAt', '<', to)
        .where('s.endsAt', '>', from)
        .where('s.status', '=', 'open')
        .where('a.status', '=', 'published')
        .where((eb) =>
          eb.or([
            eb('a.leadUserId', '=', userId),
            eb('lead.userId', '=', userId),
            ...(staffScope === null ? [] : [eb('a.organizationPath', 'like', `${staffScope}%`)]),
          ]),
        )
        .orderBy('s.startsAt')
        .orderBy('s.id')
        .limit(200)
        .execute(),

    findVolunteer: (id: string) =>
      db
        .selectFrom('volunteers')
        .select(['id', 'registryId', 'userId', 'name', 'localNo', 'status', 'skills', 'birthDate', 'homePath'])
        .where('id', '=', id)
        .executeTakeFirst(),

    /** The user's volunteer records in a registry (one, normally). */
    findVolunteersOfUser: (userId: string, registryId: string | null) =>
      db
        .selectFrom('volunteers')
        .select(['id', 'registryId', 'userId', 'name', 'localNo', 'status', 'skills', 'birthDate', 'homePath'])
        .where('userId', '=', userId)
        .$if(registryId !== null, (qb) => qb.where('registryId', '=', registryId as string))
        .execute(),

    findVolunteerUnit: (volunteerId: string) =>
      db
        .selectFrom('volunteers')
        .select(['registryId', 'homePath'])
        .where('id', '=', volunteerId)
        .executeTakeFirstOrThrow(),

    findDisplayName: async (userId: string) =>
      (await db.selectFrom('users').select('displayName').where('id', '=', userId).executeTakeFirst())?.displayName ??
      null,

    /** Names of the volunteer's qualifications still valid on `day` (no expiry, or expiring on or after it). */
    listValidQualificationNames: async (volunteerId: string, day: string) => {
      const rows = await db
        .selectFrom('volunteerQualifications')
        .select('name')
        .where('volunteerId', '=', volunteerId)
        .where((eb) => eb.or([eb('expiresOn', 'is', null), eb('expiresOn', '>=', day)]))
        .execute();
      return new Set(rows.map((row) => row.name));
    },

    /** A guardian's consent in force on `day` that covers this activity (or every activity). */
    hasGuardianConsent: async (volunteerId: string, activityId: string, day: string) => {
      const row = await db
        .selectFrom('guardianConsents')
        .select('id')
        .where('volunteerId', '=', volunteerId)
        .where('revokedAt', 'is', null)
        .where((eb) => eb.or([eb('scope', '=', 'all'), eb('activityId', '=', activityId)]))
        .where((eb) => eb.or([eb('expiresOn', 'is', null), eb('expiresOn', '>=', day)]))
        .executeTakeFirst();
      return row !== undefined;
    },

    findById: (id: string) => db.selectFrom('participations').selectAll().where('id', '=', id).executeTakeFirst(),

    findForShiftAndVolunteer: (shiftId: string, volunteerId: string) =>
      db
        .selectFrom('participations')
        .selectAll()
        .where('shiftId', '=', shiftId)
        .where('volunteerId', '=', volunteerId)
        .executeTakeFirst(),

    /** The signed-in user's participation on a shift, through any of their volunteer records, ready to present. */
    findPresentableForShiftAndUser: async (shiftId: string, userId: string) =>
      (await findPresentableByShiftAndUser(db, { shiftId, userId })).rows[0],

    findPresentableForShiftAndVolunteer: async (shiftId: string, volunteerId: string) =>
      (await findPresentableByShiftAndVolunteer(db, { shiftId, volunteerId })).rows[0],

    findPresentable: async (id: string) => (await findPresentableById(db, { id })).rows[0],

    listPresentableForShift: (shiftId: string) =>
      presentableOf(db).where('p.shiftId', '=', shiftId).orderBy('p.requestedAt').orderBy('p.id').execute(),

    listPresentableForUser: (userId: string, from: number) =>
      presentableOf(db)
        .innerJoin('shifts as s', 's.id', 'p.shiftId')
        .innerJoin('activities as a', 'a.id', 'p.activityId')
        .select(['a.title as activityTitle', 's.role', 'a.address'])
        .where('v.userId', '=', userId)
        .where('p.endsAt', '>=', from)
        .orderBy('p.startsAt')
        .limit(200)
        .execute(),

    /** Confirmed or completed shifts of the volunteer that overlap [startsAt, endsAt), other than `exceptShiftId`. */
    findOverlapping: (volunteerId: string, startsAt: number, endsAt: number, exceptShiftId: string) =>
      db
        .selectFrom('participations')
        .select(['id', 'shiftId', 'startsAt', 'endsAt'])
        .where('volunteerId', '=', volunteerId)
        .where('state', 'in', ['confirmed', 'completed'])
        .where('startsAt', '<', endsAt)
        .where('endsAt', '>', startsAt)
        .where('shiftId', '!=', exceptShiftId)
        .executeTakeFirst(),

    /** The waitlist in order: who asked first gets the next seat. */
    listWaitlisted: (shiftId: string) =>
      db
        .selectFrom('participations')
        .selectAll()
        .where('shiftId', '=', shiftId)
        .where('state', '=', 'waitlisted')
        .orderBy('requestedAt')
        .orderBy('id')
        .execute(),

    waitlistPosition: async (participation: ParticipationRow) => {
      const row = await db
        .selectFrom('participations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('shiftId', '=', participation.shiftId)
        .where('state', '=', 'waitlisted')
        .where((eb) =>
          eb.or([
            eb('requestedAt', '<', participation.requestedAt),
            eb.and([eb('requestedAt', '=', participation.requestedAt), eb('id', '<=', participation.id)]),
          ]),
        )
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    insert: (row: Insertable<ParticipationsTable>) => db.insertInto('participations').values(row).execute(),

    update: (id: string, changes: Updateable<ParticipationsTable>) =>
      db.updateTable('participations').set(changes).where('id', '=', id).execute(),

    /** Moves a participation only if it is still in `from`; false when someone else moved it first. */
    transition: async (
      id: string,
      from: readonly ParticipationState[],
      changes: Updateable<ParticipationsTable>,
    ): Promise<boolean> => {
      const given = givenValues(changes);
      const result = await transitionParticipation(db, { columns: Object.keys(given), from }, { ...given, id });
      return Number(result.numAffectedRows) === 1;
    },

    /**
     * Takes one seat if one is free: a single conditional update, so of two requests for the last seat exactly one
     * changes a row, on SQLite and PostgreSQL alike.
     */
    takeSeat: async (shiftId: string, now: number): Promise<boolean> => {
      const result = await db
        .updateTable('shifts')
        .set((eb) => ({ confirmedCount: eb('confirmedCount', '+', 1), updatedAt: now }))
        .where('id', '=', shiftId)
        .whereRef('confirmedCount', '<', 'capacity')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    releaseSeat: (shiftId: string, now: number) =>
      db
        .updateTable('shifts')
        .set((eb) => ({ confirmedCount: eb('confirmedCount', '-', 1), updatedAt: now }))
        .where('id', '=', shiftId)
        .where('confirmedCount', '>', 0)
        .execute(),

    cancelOpenPlaces: (shiftIds: readonly string[], now: number) =>
      db
        .updateTable('participations')
        .set({ state: 'cancelled', endedAt: now, updatedAt: now })
        .where('shiftId', 'in', shiftIds)
        .where((eb) =>
          eb.or([
            eb('state', 'in', ['requested', 'waitlisted']),
            eb.and([eb('state', '=', 'confirmed'), eb('checkedInAt', 'is', null)]),
          ]),
        )
        .execute(),

    /** Sets each shift's seat counter to the places that still hold a seat. */
    recountSeats: (shiftIds: readonly string[], now: number) =>
      db
        .updateTable('shifts')
        .set((eb) => ({
          confirmedCount: eb
            .selectFrom('participations')
            .select((e) => e.fn.countAll<number>().as('n'))
            .whereRef('participations.shiftId', '=', 'shifts.id')
            .where('participations.state', 'in', ['confirmed', 'completed']),
          updatedAt: now,
        }))
        .where('id', 'in', shiftIds)
        .execute(),

    /** Serializes a volunteer's sign-ups on PostgreSQL so two overlapping ones cannot both pass the overlap check. */
    lockVolunteer: (volunteerId: string) =>
      db
        .updateTable('volunteers')
        .set((eb) => ({ updatedAt: eb.ref('updatedAt') }))
        .where('id', '=', volunteerId)
        .execute(),

    /** The lead's evaluation travels with the hours it rates; amounts are untouched. */
    copyEvaluationToHours: (participationId: string, rating: number, comment: string | null) =>
      db
        .updateTable('serviceHoursEntries')
        .set({ evaluationRating: rating, evaluationComment: comment })
        .where('participationId', '=', participationId)
        .execute(),

    findCheckEventByKey: (key: string) =>
      db.selectFrom('checkEvents').selectAll().where('idempotencyKey', '=', key).executeTakeFirst(),

    insertCheckEvent: (row: Insertable<CheckEventsTable>) => insertCheckEventRow(db, row),

    /** Checked-in participations of shifts that ended before `endedBefore` and were never checked out. */
    listForgottenCheckOuts: (endedBefore: number, limit: number) =>
      db
        .selectFrom('participations')
        .select(['id', 'shiftId'])
        .where('state', '=', 'confirmed')
        .where('checkedInAt', 'is not', null)
        .where('checkedOutAt', 'is', null)
        .where('endsAt', '<', endedBefore)
        .limit(limit)
        .execute(),
  };
}
