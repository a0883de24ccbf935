import type { Participation, ParticipationState } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Db } from '../../db/create-db.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { type AuditContext, recordAudit } from '../audit/record-audit.ts';
import { loadRegistrySettings } from '../volunteers/registries.ts';
import { assertConfirmable, assertEligible } from './eligibility.ts';
import { canCoordinateShift } from './participations.policy.ts';
import {
  createParticipationsRepository,
  type ParticipantVolunteer,
  type ParticipationRow,
  type ShiftContext,
} from './participations.repository.ts';
import { presentParticipation } from './present-participation.ts';
import { promoteFromWaitlist } from './seats.ts';

/** States from which the same volunteer may sign up again: the earlier place was given up or refused. */
const REOPENABLE: readonly ParticipationState[] = ['cancelled', 'declined'];

const duplicate = () => new AppError('participations.duplicate', 409);

export function createSignupService({ db, clock, config }: AppDeps) {
  const repository = createParticipationsRepository(db);
  const timeZone = config.timeZone;

  async function findShift(shiftId: string): Promise<ShiftContext> {
    const shift = await repository.findShiftContext(shiftId);
    if (!shift) throw new AppError('shifts.not_found', 404);
    return shift;
  }

  /** The shift when the actor coordinates it; otherwise it answers as if it did not exist. */
  async function findCoordinatedShift(actor: Actor, shiftId: string) {
    const shift = await findShift(shiftId);
    if (!canCoordinateShift(actor, shift)) throw new AppError('shifts.not_found', 404);
    return shift;
  }

  function assertOpen(shift: ShiftContext, now: number) {
    if (shift.status !== 'open' || shift.activityStatus !== 'published' || now >= shift.startsAt)
      throw new AppError('participations.signup_closed', 409);
  }

  /**
   * Writes the volunteer's place: a new row, or the old cancelled/declined one reopened. Confirmation takes a seat;
   * with none left it goes to the waitlist when the shift keeps one.
   */
  async function place(
    trx: Db,
    shift: ShiftContext,
    volunteer: ParticipantVolunteer,
    wanted: 'requested' | 'confirmed',
    context: AuditContext & { assignedBy: string | null; allowWaitlist: boolean },
  ): Promise<string> {
    const tx = createParticipationsRepository(trx);
    await tx.lockVolunteer(volunteer.id);
    const existing = await tx.findForShiftAndVolunteer(shift.id, volunteer.id);
    if (existing && !REOPENABLE.includes(existing.state)) throw duplicate();

    await assertConfirmable(trx, shift, volunteer.id, timeZone).catch((error: unknown) => {
      // A request may wait for insurance to be attached; an overlap is refused at once either way.
      if (wanted === 'requested' && error instanceof AppError && error.code === 'volunteers.insurance_required') return;
      throw error;
    });

    let state: ParticipationState = wanted;
    if (wanted === 'confirmed' && !(await tx.takeSeat(shift.id, context.now))) {
      if (!context.allowWaitlist || !shift.waitlistEnabled) throw new AppError('participations.shift_full', 409);
      state = 'waitlisted';
    }
    const fields = {
      state,
      requestedAt: context.now,
      confirmedAt: state === 'confirmed' ? context.now : null,
      endedAt: null,
      assignedBy: context.assignedBy,
      checkedInAt: null,
      checkedOutAt: null,
      flags: '[]',
      updatedAt: context.now,
    };
    const id = existing?.id ?? newId();
    if (existing) await tx.update(id, fields);
    else
      await tx.insert({
        id,
        shiftId: shift.id,
        activityId: shift.activityId,
        volunteerId: volunteer.id,
        startsAt: shift.startsAt,
        endsAt: shift.endsAt,
        evaluationRating: null,
        evaluationComment: null,
        evaluatedBy: null,
        evaluatedAt: null,
        ...fields,
      });
    await recordAudit(trx, context, {
      action: context.assignedBy ? 'participations.assign' : 'participations.signup',
      entityType: 'participation',
      entityId: id,
      after: { shiftId: shift.id, volunteerId: volunteer.id, state },
      scopePath: shift.organizationPath,
    });
    return id;
  }

  async function inTransaction<T>(work: (trx: Db) => Promise<T>): Promise<T> {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      // The same volunteer signing up twice at once: the unique (shift, volunteer) index lets one through.
      throw isUniqueViolation(error) ? duplicate() : error;
    }
  }

  /** Moves a participation the coordinator decides on; refused when it is no longer in `from`. */
  async function decide(
    actor: Actor,
    participationId: string,
    from: readonly ParticipationState[],
    meta: RequestMeta,
    apply: (trx: Db, participation: ParticipationRow, shift: ShiftContext, context: AuditContext) => Promise<void>,
  ): Promise<Participation> {
    const participation = await repository.findById(participationId);
    if (!participation) throw new AppError('participations.not_found', 404);
    const shift = await findShift(participation.shiftId);
    if (!canCoordinateShift(actor, shift)) throw new AppError('participations.not_found', 404);
    if (!from.includes(participation.state)) throw new AppError('participations.state', 409);
    const context = { actor, meta, now: clock.now() };
    await db.transaction().execute((trx) => apply(trx, participation, shift, context));
    return presentParticipation(db, participationId);
  }

  return {
    /** A volunteer signs themselves up from the phone: confirmed, requested or waitlisted by the shift's flow. */
    async signUp(actor: Actor, shiftId: string, body: { volunteerId?: string }, meta: RequestMeta) {
      const shift = await findShift(shiftId);
      const mine = await repository.findVolunteersOfUser(actor.userId, null);
      if (mine.length === 0) throw new AppError('volunteers.not_a_volunteer', 403);
      const volunteer = mine.find(
        (candidate) =>
          candidate.registryId === shift.registryId && (!body.volunteerId || candidate.id === body.volunteerId),
      );
      // A shift of a registry the user does not belong to is not theirs to see.
      if (!volunteer) throw new AppError('shifts.not_found', 404);
      const now = clock.now();
      assertOpen(shift, now);
      if (shift.signupFlow === 'assigned') throw new AppError('participations.assigned_only', 409);
      const settings = await loadRegistrySettings(db, volunteer.registryId);
      await assertEligible(db, shift, volunteer, settings, timeZone);

      const wanted = shift.signupFlow === 'instant' ? 'confirmed' : 'requested';
      const id = await inTransaction((trx) =>
        place(trx, shift, volunteer, wanted, { actor, meta, now, assignedBy: null, allowWaitlist: true }),
      );
      return presentParticipation(db, id);
    },

    /** A coordinator places volunteers directly, all or none: each must be eligible and a seat must be free. */
    async assign(actor: Actor, shiftId: string, volunteerIds: string[], meta: RequestMeta) {
      const shift = await findCoordinatedShift(actor, shiftId);
      const now = clock.now();
      if (shift.status !== 'open' || shift.activityStatus !== 'published' || now >= shift.endsAt)
        throw new AppError('participations.signup_closed', 409);
      const settings = await loadRegistrySettings(db, shift.registryId ?? '');
      const volunteers: ParticipantVolunteer[] = [];
      for (const volunteerId of new Set(volunteerIds)) {
        const volunteer = await repository.findVolunteer(volunteerId);
        if (!volunteer || volunteer.registryId !== shift.registryId)
          throw new AppError('volunteers.not_found', 404, { volunteerId });
        await withVolunteer(volunteerId, () => assertEligible(db, shift, volunteer, settings, timeZone));
        volunteers.push(volunteer);
      }
      const ids = await inTransaction(async (trx) => {
        const placed: string[] = [];
        for (const volunteer of volunteers)
          placed.push(
            await withVolunteer(volunteer.id, () =>
              place(trx, shift, volunteer, 'confirmed', {
                actor,
                meta,
                now,
                assignedBy: actor.userId,
                allowWaitlist: false,
              }),
            ),
          );
        return placed;
      });
      return { items: await Promise.all(ids.map((id) => presentParticipation(db, id))) };
    },

    /** Approves a request, or moves someone up from the waitlist by hand. */
    confirm: (actor: Actor, participationId: string, meta: RequestMeta) =>
      decide(actor, participationId, ['requested', 'waitlisted'], meta, async (trx, participation, shift, context) => {
        await assertConfirmable(trx, shift, participation.volunteerId, timeZone);
        const tx = createParticipationsRepository(trx);
        await tx.lockVolunteer(participation.volunteerId);
        if (!(await tx.takeSeat(shift.id, context.now))) throw new AppError('participations.shift_full', 409);
        if (
          !(await tx.transition(participation.id, [participation.state], {
            state: 'confirmed',
            confirmedAt: context.now,
            updatedAt: context.now,
          }))
        )
          throw new AppError('participations.state', 409);
        await recordDecision(trx, context, participation, 'confirmed', shift);
      }),

    decline: (actor: Actor, participationId: string, meta: RequestMeta) =>
      decide(actor, participationId, ['requested', 'waitlisted'], meta, async (trx, participation, shift, context) => {
        if (
          !(await createParticipationsRepository(trx).transition(participation.id, [participation.state], {
            state: 'declined',
            endedAt: context.now,
            updatedAt: context.now,
          }))
        )
          throw new AppError('participations.state', 409);
        await recordDecision(trx, context, participation, 'declined', shift);
      }),

    /**
     * Gives up a place before checking in: the volunteer themselves until the shift starts, a coordinator any time
     * before check-in. A confirmed seat goes to the first on the waitlist.
     */
    async cancel(actor: Actor, participationId: string, meta: RequestMeta) {
      const participation = await repository.findById(participationId);
      if (!participation) throw new AppError('participations.not_found', 404);
      const shift = await findShift(participation.shiftId);
      const volunteer = await repository.findVolunteer(participation.volunteerId);
      const isOwn = volunteer?.userId === actor.userId;
      const coordinates = canCoordinateShift(actor, shift);
      if (!isOwn && !coordinates) throw new AppError('participations.not_found', 404);
      const now = clock.now();
      if (!['requested', 'waitlisted', 'confirmed'].includes(participation.state) || participation.checkedInAt !== null)
        throw new AppError('participations.state', 409);
      if (!coordinates && now >= shift.startsAt) throw new AppError('participations.signup_closed', 409);

      const context = { actor, meta, now };
      await db.transaction().execute(async (trx) => {
        const tx = createParticipationsRepository(trx);
        if (
          !(await tx.transition(participation.id, [participation.state], {
            state: 'cancelled',
            endedAt: now,
            updatedAt: now,
          }))
        )
          throw new AppError('participations.state', 409);
        await recordDecision(trx, context, participation, 'cancelled', shift);
        if (participation.state === 'confirmed') {
          await tx.releaseSeat(shift.id, now);
          if (now < shift.endsAt) await promoteFromWaitlist(trx, shift, context, timeZone);
        }
      });
      return presentParticipation(db, participationId);
    },
  };
}

async function recordDecision(
  trx: Db,
  context: AuditContext,
  participation: ParticipationRow,
  state: ParticipationState,
  shift: ShiftContext,
) {
  await recordAudit(trx, context, {
    action: `participations.${state}`,
    entityType: 'participation',
    entityId: participation.id,
    before: { state: participation.state },
    after: { state },
    scopePath: shift.organizationPath,
  });
}

/** Adds which volunteer a refusal is about, so a coordinator assigning several sees whose problem it is. */
async function withVolunteer<T>(volunteerId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && typeof error.details !== 'string')
      throw new AppError(error.code, error.status, { ...(error.details as object | undefined), volunteerId });
    throw error;
  }
}
