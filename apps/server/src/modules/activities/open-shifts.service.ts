import type { OpenShift, OpenShiftQuery } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor } from '../../http/actor.ts';
import { addDays, startOfCalendarDay } from '../../lib/calendar.ts';
import { distanceMetres } from '../../lib/geo.ts';
import { createActivitiesRepository } from './activities.repository.ts';
import { presentActivitySummary, presentShift } from './activity-presenter.ts';
import { createOpenShiftsRepository, type OpenShiftCandidateRow } from './open-shifts.repository.ts';
import { createShiftsRepository } from './shifts.repository.ts';

/** Shifts read before filtering by skill and distance, and rows answered: a phone list, not an export. */
const CANDIDATE_LIMIT = 2000;
const RESULT_LIMIT = 200;

const idsOnPath = (path: string) => path.split('/').filter(Boolean);

interface Match {
  row: OpenShiftCandidateRow;
  volunteerId: string;
  distanceKm: number | null;
}

/** Nearest first, places without coordinates last; soonest first among equals. */
function byDistance(a: Match, b: Match): number {
  if (a.distanceKm !== b.distanceKm) {
    if (a.distanceKm === null) return 1;
    if (b.distanceKm === null) return -1;
    return a.distanceKm - b.distanceKm;
  }
  return a.row.startsAt - b.row.startsAt;
}

export function createOpenShiftsService({ db, clock, config }: AppDeps) {
  const repository = createOpenShiftsRepository(db);

  return {
    /**
     * The open shifts a signed-in volunteer may ask for: not ended, not cancelled, of published activities of one of
     * their registries, organized (or co-organized) by the registry or by an organization on the path of their home
     * or one of their teams. A user without a volunteer record gets an empty list.
     */
    async list(actor: Actor, query: OpenShiftQuery): Promise<{ items: OpenShift[] }> {
      const volunteers = await repository.volunteersOfUser(actor.userId);
      if (volunteers.length === 0) return { items: [] };
      const reach = new Map(volunteers.map((volunteer) => [volunteer.id, new Set(idsOnPath(volunteer.homePath))]));
      for (const team of await repository.teamPathsOf([...reach.keys()]))
        for (const id of idsOnPath(team.teamPath)) reach.get(team.volunteerId)?.add(id);
      for (const volunteer of volunteers) reach.get(volunteer.id)?.add(volunteer.registryId);

      const now = clock.now();
      const timeZone = config.timeZone;
      const rows = await repository.candidates({
        registryIds: [...new Set(volunteers.map((volunteer) => volunteer.registryId))],
        organizationIds: [...new Set([...reach.values()].flatMap((ids) => [...ids]))],
        endsAfter: Math.max(now, query.from ? startOfCalendarDay(query.from, timeZone) : now),
        startsBefore: query.to ? startOfCalendarDay(addDays(query.to, 1), timeZone) : undefined,
        limit: CANDIDATE_LIMIT,
      });
      const coOrganizers = await createActivitiesRepository(db).coOrganizersOf([
        ...new Set(rows.map((row) => row.activityId)),
      ]);

      const matches = rows.flatMap((row): Match[] => {
        const organizers = [
          row.activityOrganizationId,
          ...coOrganizers.filter((item) => item.activityId === row.activityId).map((item) => item.organizationId),
        ];
        const volunteer = volunteers.find(
          (candidate) =>
            candidate.registryId === row.registryId && organizers.some((id) => reach.get(candidate.id)?.has(id)),
        );
        if (!volunteer) return [];
        const skills = JSON.parse(row.requiredSkills) as string[];
        if (query.skill && skills.length > 0 && !skills.includes(query.skill)) return [];
        const distanceKm =
          query.near && row.latitude !== null && row.longitude !== null
            ? Math.round(distanceMetres(query.near, { latitude: row.latitude, longitude: row.longitude }) / 10) / 100
            : null;
        if (query.radiusKm !== undefined && (distanceKm === null || distanceKm > query.radiusKm)) return [];
        return [{ row, volunteerId: volunteer.id, distanceKm }];
      });
      if (query.near) matches.sort(byDistance);
      const page = matches.slice(0, RESULT_LIMIT);

      const shiftIds = page.map((match) => match.row.id);
      const [demand, participations] = await Promise.all([
        createShiftsRepository(db).demandOf(shiftIds),
        repository.participationsOn([...reach.keys()], shiftIds),
      ]);
      return {
        items: page.map(({ row, volunteerId, distanceKm }) => {
          const own = participations.find((item) => item.shiftId === row.id && item.volunteerId === volunteerId);
          return {
            ...presentShift(row, demand.get(row.id)),
            activity: presentActivitySummary({
              id: row.activityId,
              type: row.activityType,
              title: row.activityTitle,
              status: row.activityStatus,
              organizationId: row.activityOrganizationId,
              organizationName: row.organizationName,
              address: row.address,
              latitude: row.latitude,
              longitude: row.longitude,
              geofenceM: row.geofenceM,
              riskLevel: row.riskLevel,
              startsAt: row.activityStartsAt,
              endsAt: row.activityEndsAt,
            }),
            volunteerId,
            participation: own ? { id: own.id, state: own.state } : null,
            distanceKm,
          };
        }),
      };
    },
  };
}
