import type { HoursFilter, HoursStatus } from '@liandong/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { escapeLike } from '../../db/text-search.ts';
import { entryWithinPath } from './service-hours.policy.ts';

/** The ledger filter as the repository applies it: the user's filters plus resolved paths. */
export interface LedgerQuery extends HoursFilter {
  /** The acting subtree; null for everything (platform administrator). */
  scopePath: string | null;
  /** The chosen organization's subtree (from `organizationId`), matched on the unit or recording path. */
  withinPath?: string | undefined;
  /** Entries of these volunteers only (a volunteer's own hours). */
  volunteerIds?: readonly string[] | undefined;
}

export interface Paging {
  page: number;
  pageSize: number;
}

/** Only reads and the one-time decision: ledger rows are inserted by insertHoursEntry and never change amounts. */
export function createServiceHoursRepository(db: Db) {
  const joined = () =>
    db
      .selectFrom('serviceHoursEntries as e')
      .innerJoin('volunteers as v', 'v.id', 'e.volunteerId')
      .innerJoin('organizations as ro', 'ro.id', 'e.recordingOrganizationId')
      .leftJoin('activities as a', 'a.id', 'e.activityId')
      .leftJoin('participations as p', 'p.id', 'e.participationId')
      .leftJoin('users as recorder', 'recorder.id', 'e.recordedBy')
      .leftJoin('users as decider', 'decider.id', 'e.decidedBy')
      .leftJoin('users as lead', 'lead.id', 'e.leadUserId');

  const filtered = (query: LedgerQuery) => {
    let builder = joined();
    if (query.scopePath !== null) builder = builder.where(entryWithinPath(query.scopePath));
    if (query.withinPath) {
      const pattern = `${escapeLike(query.withinPath)}%`;
      builder = builder.where(
        sql<boolean>`(${sql.ref('e.unitPath')} like ${pattern} escape '\\' or ${sql.ref('e.recordingPath')} like ${pattern} escape '\\')`,
      );
    }
    if (query.volunteerIds) builder = builder.where('e.volunteerId', 'in', [...query.volunteerIds]);
    if (query.status !== 'all') builder = builder.where('e.status', '=', query.status);
    if (query.source) builder = builder.where('e.source', '=', query.source);
    if (query.kind) builder = builder.where('e.kind', '=', query.kind);
    if (query.from) builder = builder.where('e.serviceDate', '>=', query.from);
    if (query.to) builder = builder.where('e.serviceDate', '<=', query.to);
    if (query.volunteerId) builder = builder.where('e.volunteerId', '=', query.volunteerId);
    if (query.activityId) builder = builder.where('e.activityId', '=', query.activityId);
    // Flags live on the participation a check-out wrote the entry for; '[]' is "nothing to look at".
    if (query.flagged === true) builder = builder.where('p.flags', '!=', '[]');
    if (query.flagged === false)
      builder = builder.where((eb) => eb.or([eb('p.flags', 'is', null), eb('p.flags', '=', '[]')]));
    return builder;
  };

  const withColumns = (query: LedgerQuery) =>
    filtered(query).select([
      'e.id',
      'e.registryId',
      'e.volunteerId',
      'v.name as volunteerName',
      'v.localNo as volunteerLocalNo',
      'v.userId as volunteerUserId',
      'v.homePath as volunteerHomePath',
      'e.unitPath',
      'e.recordingPath',
      'e.activityId',
      'a.title as activityTitle',
      'e.participationId',
      'e.serviceDate',
      'e.startedAt',
      'e.endedAt',
      'e.rawMinutes',
      'e.creditedHundredths',
      'e.roundingRule',
      'e.source',
      'e.kind',
      'e.correctsEntryId',
      'e.place',
      'e.content',
      'e.recordingOrganizationId',
      'ro.name as recordingOrganizationName',
      'e.leadUserId',
      'e.leadName',
      'lead.displayName as leadDisplayName',
      'e.recordedBy',
      'recorder.displayName as recorderName',
      'e.recordedAt',
      'e.evaluationRating',
      'e.evaluationComment',
      'e.status',
      'e.decidedBy',
      'decider.displayName as deciderName',
      'e.decidedAt',
      'e.decisionNote',
      'p.flags as participationFlags',
    ]);

  return {
    /** A page of entries, newest service first. */
    list: (query: LedgerQuery, { page, pageSize }: Paging) =>
      withColumns(query)
        .orderBy('e.serviceDate', 'desc')
        .orderBy('e.recordedAt', 'desc')
        .orderBy('e.id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),

    /** How many entries the filter matches and the sum of their credited hundredths. */
    async summary(query: LedgerQuery) {
      const row = await filtered(query)
        .select((eb) => [
          eb.fn.countAll<number>().as('count'),
          sql<number>`coalesce(sum(${sql.ref('e.creditedHundredths')}), 0)`.as('credited'),
        ])
        .executeTakeFirstOrThrow();
      return { count: Number(row.count), creditedHundredths: Number(row.credited) };
    },

    /**
     * The next batch of entries after `after` in ledger order (service date, then id), for streaming an export
     * without holding it all in memory or paying for ever-larger offsets.
     */
    batchAfter: (query: LedgerQuery, after: { serviceDate: string; id: string } | null, size: number) => {
      let builder = withColumns(query);
      if (after)
        builder = builder.where((eb) =>
          eb.or([
            eb('e.serviceDate', '>', after.serviceDate),
            eb.and([eb('e.serviceDate', '=', after.serviceDate), eb('e.id', '>', after.id)]),
          ]),
        );
      return builder.orderBy('e.serviceDate').orderBy('e.id').limit(size).execute();
    },

    findDetailed: (id: string) =>
      withColumns({ scopePath: null, status: 'all' }).where('e.id', '=', id).executeTakeFirst(),

    /** The original and every correction and void of it, in the order they were recorded. */
    chainOf: (originalId: string) =>
      withColumns({ scopePath: null, status: 'all' })
        .where((eb) => eb.or([eb('e.id', '=', originalId), eb('e.correctsEntryId', '=', originalId)]))
        .orderBy('e.recordedAt')
        .orderBy('e.id')
        .execute(),

    /** What deciding on or correcting entries needs: status, kind, amounts and where the entry and volunteer sit. */
    findForChange: (ids: readonly string[]) =>
      db
        .selectFrom('serviceHoursEntries as e')
        .innerJoin('volunteers as v', 'v.id', 'e.volunteerId')
        .select([
          'e.id',
          'e.status',
          'e.kind',
          'e.volunteerId',
          'e.unitPath',
          'e.recordingPath',
          'e.creditedHundredths',
          'e.rawMinutes',
          'v.userId',
          'v.homePath',
        ])
        .where('e.id', 'in', [...ids])
        .execute(),

    /** The whole ledger row, to copy what a correction keeps of its original. */
    findRow: (id: string) => db.selectFrom('serviceHoursEntries').selectAll().where('id', '=', id).executeTakeFirst(),

    /** The corrections and voids recorded against an original, with their status. */
    changesOf: (originalId: string) =>
      db
        .selectFrom('serviceHoursEntries')
        .select(['id', 'kind', 'status', 'creditedHundredths', 'rawMinutes'])
        .where('correctsEntryId', '=', originalId)
        .execute(),

    /** What an entry takes from the activity it records service in. */
    findActivity: (id: string) =>
      db
        .selectFrom('activities')
        .select([
          'id',
          'organizationId',
          'organizationPath',
          'registryId',
          'type',
          'title',
          'address',
          'leadUserId',
          'status',
        ])
        .where('id', '=', id)
        .executeTakeFirst(),

    /** The names of registry roots, for "my hours" grouped by registry. */
    async organizationNames(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('organizations')
        .select(['id', 'name'])
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return new Map(rows.map((row) => [row.id, row.name]));
    },

    /** The team paths of each volunteer, which widen who sees their entries. */
    async teamPathsOf(volunteerIds: readonly string[]): Promise<Map<string, string[]>> {
      const paths = new Map<string, string[]>();
      if (volunteerIds.length === 0) return paths;
      const rows = await db
        .selectFrom('volunteerTeamMemberships')
        .select(['volunteerId', 'teamPath'])
        .where('volunteerId', 'in', [...new Set(volunteerIds)])
        .execute();
      for (const row of rows) paths.set(row.volunteerId, [...(paths.get(row.volunteerId) ?? []), row.teamPath]);
      return paths;
    },

    /**
     * Records the decision on pending entries. Conditional on `status = 'pending'`, so of two coordinators deciding
     * the same entry at once exactly one changes it; returns how many rows this call changed.
     */
    async decide(
      ids: readonly string[],
      decision: { status: Exclude<HoursStatus, 'pending'>; decidedBy: string; decidedAt: number; note: string | null },
    ): Promise<number> {
      const result = await db
        .updateTable('serviceHoursEntries')
        .set({
          status: decision.status,
          decidedBy: decision.decidedBy,
          decidedAt: decision.decidedAt,
          decisionNote: decision.note,
        })
        .where('id', 'in', [...ids])
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /**
     * Locks the volunteer's row for the rest of the transaction (a no-op update), so two corrections of the same
     * volunteer's entries are computed one after the other on PostgreSQL; SQLite runs one writer at a time anyway.
     */
    lockVolunteer: (volunteerId: string) =>
      db
        .updateTable('volunteers')
        .set((eb) => ({ updatedAt: eb.ref('updatedAt') }))
        .where('id', '=', volunteerId)
        .execute(),
  };
}

export type LedgerRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createServiceHoursRepository>['findDetailed']>>
>;
