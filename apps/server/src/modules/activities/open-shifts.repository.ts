import type { Db } from '../../db/create-db.ts';

export interface OpenShiftCandidateFilter {
  registryIds: readonly string[];
  /** Organizations on the paths of the user's homes and teams: organizer or co-organizer must be one of them. */
  organizationIds: readonly string[];
  /** Shifts still running after this instant... */
  endsAfter: number;
  /** ...and starting before this one, when given. */
  startsBefore?: number | undefined;
  limit: number;
}

/** The reads behind a volunteer's own list of open shifts; they start from the user, not from a staff scope. */
export function createOpenShiftsRepository(db: Db) {
  return {
    /** The user's volunteer records that may take part (not suspended, not exited). */
    volunteersOfUser: (userId: string) =>
      db
        .selectFrom('volunteers')
        .select(['id', 'registryId', 'homePath'])
        .where('userId', '=', userId)
        .where('status', 'in', ['prospective', 'active'])
        .execute(),

    teamPathsOf: (volunteerIds: readonly string[]) =>
      volunteerIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('volunteerTeamMemberships')
            .select(['volunteerId', 'teamPath'])
            .where('volunteerId', 'in', volunteerIds)
            .execute(),

    /** Open, unfinished shifts of published activities in the registries, organized or co-organized nearby. */
    candidates: (filter: OpenShiftCandidateFilter) =>
      db
        .selectFrom('shifts as s')
        .innerJoin('activities as a', 'a.id', 's.activityId')
        .innerJoin('organizations as o', 'o.id', 'a.organizationId')
        .leftJoin('volunteers as lv', 'lv.id', 's.leadVolunteerId')
        .selectAll('s')
        .select([
          'lv.name as leadVolunteerName',
          'a.type as activityType',
          'a.title as activityTitle',
          'a.status as activityStatus',
          'a.organizationId as activityOrganizationId',
          'o.name as organizationName',
          'a.registryId',
          'a.address',
          'a.latitude',
          'a.longitude',
          'a.geofenceM',
          'a.riskLevel',
          'a.startsAt as activityStartsAt',
          'a.endsAt as activityEndsAt',
        ])
        .where('s.status', '=', 'open')
        .where('a.status', '=', 'published')
        .where('s.endsAt', '>', filter.endsAfter)
        .$if(filter.startsBefore !== undefined, (qb) => qb.where('s.startsAt', '<', filter.startsBefore as number))
        .where('a.registryId', 'in', filter.registryIds)
        .where((eb) =>
          eb.or([
            eb('a.organizationId', 'in', filter.organizationIds),
            eb.exists(
              eb
                .selectFrom('activityCoOrganizers as c')
                .select('c.activityId')
                .whereRef('c.activityId', '=', 'a.id')
                .where('c.organizationId', 'in', filter.organizationIds),
            ),
          ]),
        )
        .orderBy('s.startsAt')
        .orderBy('s.id')
        .limit(filter.limit)
        .execute(),

    participationsOn: (volunteerIds: readonly string[], shiftIds: readonly string[]) =>
      volunteerIds.length === 0 || shiftIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('participations')
            .select(['id', 'shiftId', 'volunteerId', 'state'])
            .where('volunteerId', 'in', volunteerIds)
            .where('shiftId', 'in', shiftIds)
            .execute(),
  };
}

export type OpenShiftCandidateRow = Awaited<
  ReturnType<ReturnType<typeof createOpenShiftsRepository>['candidates']>
>[number];
