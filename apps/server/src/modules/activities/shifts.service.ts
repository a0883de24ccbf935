import type { ShiftCreate, ShiftDetail, ShiftUpdate } from '@liandong/domain';
import type { Updateable } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Db } from '../../db/create-db.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { fillFreedSeats } from '../participations/seats.ts';
import { loadRegistrySettings } from '../volunteers/registries.ts';
import { type ActivityPlacement, canManageActivity, canReadActivity } from './activities.policy.ts';
import { createActivitiesRepository } from './activities.repository.ts';
import type { ShiftsTable } from './activities.table.ts';
import { cancelShift } from './activity-cancellation.ts';
import { presentActivitySummary, presentShift } from './activity-presenter.ts';
import { type ActivityWithPlacement, findActivityFor } from './find-activity.ts';
import { createShiftsRepository, type ShiftRow } from './shifts.repository.ts';

const shiftNotFound = () => new AppError('shifts.not_found', 404);

/** The shift page: the shift with how many ask and wait, and the activity it belongs to. */
export async function loadShiftDetail(db: Db, id: string): Promise<ShiftDetail> {
  const shifts = createShiftsRepository(db);
  const row = await shifts.findPresentable(id);
  const activity = row ? await createActivitiesRepository(db).findPresentable(row.activityId) : undefined;
  if (!row || !activity) throw shiftNotFound();
  const demand = await shifts.demandOf([id]);
  return { ...presentShift(row, demand.get(id)), activity: presentActivitySummary(activity) };
}

/** The stored form of the fields sent: flags as 0/1, lists as JSON. */
function shiftColumns(input: ShiftUpdate): Updateable<ShiftsTable> {
  const { requiredSkills, requiredQualifications, minorsAllowed, waitlistEnabled, ...plain } = input;
  return {
    ...Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== undefined)),
    ...(requiredSkills ? { requiredSkills: JSON.stringify(requiredSkills) } : {}),
    ...(requiredQualifications ? { requiredQualifications: JSON.stringify(requiredQualifications) } : {}),
    ...(minorsAllowed !== undefined ? { minorsAllowed: minorsAllowed ? 1 : 0 } : {}),
    ...(waitlistEnabled !== undefined ? { waitlistEnabled: waitlistEnabled ? 1 : 0 } : {}),
  };
}

export function createShiftsService({ db, clock, config }: AppDeps) {
  const shifts = createShiftsRepository(db);

  /** The shift and its activity when the actor may act on it as `allowed` says; shifts.not_found otherwise. */
  async function findShiftFor(
    actor: Actor,
    id: string,
    allowed: (actor: Actor, activity: ActivityPlacement) => boolean,
  ): Promise<{ shift: ShiftRow; activity: ActivityWithPlacement }> {
    const shift = await shifts.findById(id);
    if (!shift) throw shiftNotFound();
    const activity = await findActivityFor(db, actor, shift.activityId, allowed, shiftNotFound);
    return { shift, activity };
  }

  /** A shift lies within its activity, and starts before it ends. */
  function assertTimes(activity: ActivityWithPlacement, startsAt: number, endsAt: number) {
    if (startsAt >= endsAt) throw new AppError('shifts.time_range', 400, [{ path: 'body.endsAt' }]);
    if (startsAt < activity.startsAt || endsAt > activity.endsAt)
      throw new AppError('shifts.time_range', 400, [
        { path: 'body.startsAt', activityStartsAt: activity.startsAt, activityEndsAt: activity.endsAt },
      ]);
  }

  /** Required skills come from the registry's list; a team lead must be an active team lead of the registry. */
  async function assertReferences(activity: ActivityWithPlacement, input: ShiftUpdate) {
    const registryId = activity.registryId ?? activity.organizationId;
    if (input.requiredSkills && input.requiredSkills.length > 0) {
      const known = new Set((await loadRegistrySettings(db, registryId)).skills.map((skill) => skill.code));
      const unknown = input.requiredSkills.find((skill) => !known.has(skill));
      if (unknown)
        throw new AppError('volunteers.skill_unknown', 400, [{ path: 'body.requiredSkills', skill: unknown }]);
    }
    if (input.leadVolunteerId && !(await shifts.findTeamLead(input.leadVolunteerId, registryId)))
      throw new AppError('shifts.lead_volunteer_not_found', 400, [{ path: 'body.leadVolunteerId' }]);
  }

  return {
    /**
     * Anyone who may see the activity sees its shifts; so does a volunteer of its registry, who may be browsing
     * open shifts or holding a place on this one.
     */
    async get(actor: Actor, id: string) {
      const shift = await shifts.findById(id);
      if (!shift) throw shiftNotFound();
      const activity = await createActivitiesRepository(db).findById(shift.activityId);
      if (!activity) throw shiftNotFound();
      const coOrganizerPaths = (await createActivitiesRepository(db).coOrganizersOf([activity.id])).map(
        (row) => row.path,
      );
      const visible =
        canReadActivity(actor, { ...activity, coOrganizerPaths }) ||
        (activity.registryId !== null && (await shifts.isVolunteerOfRegistry(actor.userId, activity.registryId)));
      if (!visible) throw shiftNotFound();
      return loadShiftDetail(db, id);
    },

    async create(actor: Actor, activityId: string, input: ShiftCreate, meta: RequestMeta) {
      const activity = await findActivityFor(db, actor, activityId, canManageActivity);
      if (activity.status === 'cancelled') throw new AppError('activities.cancelled', 409);
      assertTimes(activity, input.startsAt, input.endsAt);
      await assertReferences(activity, input);

      const now = clock.now();
      const id = newId();
      const row = {
        id,
        activityId,
        role: input.role,
        description: input.description ?? null,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        capacity: input.capacity,
        confirmedCount: 0,
        requiredSkills: JSON.stringify(input.requiredSkills),
        requiredQualifications: JSON.stringify(input.requiredQualifications),
        minAge: input.minAge,
        minorsAllowed: input.minorsAllowed ? 1 : 0,
        signupFlow: input.signupFlow,
        waitlistEnabled: input.waitlistEnabled ? 1 : 0,
        leadVolunteerId: input.leadVolunteerId,
        checkinOpensMin: input.checkinOpensMin,
        checkinClosesMin: input.checkinClosesMin,
        status: 'open' as const,
        createdAt: now,
        updatedAt: now,
      };
      await db.transaction().execute(async (trx) => {
        await createShiftsRepository(trx).insert(row);
        await recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'shifts.create',
            entityType: 'shift',
            entityId: id,
            after: row,
            scopePath: activity.organizationPath,
          },
        );
      });
      return loadShiftDetail(db, id);
    },

    async update(actor: Actor, id: string, input: ShiftUpdate, meta: RequestMeta) {
      const { shift, activity } = await findShiftFor(actor, id, canManageActivity);
      if (shift.status === 'cancelled') throw new AppError('shifts.cancelled', 409);
      const startsAt = input.startsAt ?? shift.startsAt;
      const endsAt = input.endsAt ?? shift.endsAt;
      assertTimes(activity, startsAt, endsAt);
      await assertReferences(activity, input);
      const moved = startsAt !== shift.startsAt || endsAt !== shift.endsAt;

      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const repository = createShiftsRepository(trx);
        if (!(await repository.update(id, { ...shiftColumns(input), updatedAt: now }))) {
          const current = await repository.findById(id);
          throw new AppError('shifts.capacity_below_confirmed', 409, {
            path: 'body.capacity',
            confirmedCount: current?.confirmedCount ?? shift.confirmedCount,
          });
        }
        if (moved) await repository.moveParticipations(id, startsAt, endsAt);
        if (input.capacity !== undefined && input.capacity > shift.capacity)
          await fillFreedSeats(trx, id, { actor, meta, now }, config.timeZone);
        await recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'shifts.update',
            entityType: 'shift',
            entityId: id,
            before: shift,
            after: await repository.findById(id),
            scopePath: activity.organizationPath,
          },
        );
      });
      return loadShiftDetail(db, id);
    },

    async cancel(actor: Actor, id: string, meta: RequestMeta) {
      const { shift, activity } = await findShiftFor(actor, id, canManageActivity);
      if (shift.status === 'cancelled') throw new AppError('shifts.cancelled', 409);
      await db
        .transaction()
        .execute((trx) => cancelShift(trx, { actor, meta, now: clock.now() }, shift, activity.organizationPath));
      return loadShiftDetail(db, id);
    },
  };
}
