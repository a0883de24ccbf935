import type { CheckFlag } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { addDays, calendarDayOf, startOfCalendarDay } from '../../lib/calendar.ts';
import { newId } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { recordCheckOutHours } from './check-out-hours.ts';
import { AUTO_CHECKOUT_GRACE_MS } from './checkin.service.ts';
import { checkinWindowOf } from './checkin-window.ts';
import { canLeadShift } from './participations.policy.ts';
import { createParticipationsRepository, type ShiftContext } from './participations.repository.ts';
import { presentParticipation, toParticipation, withWaitlistPositions } from './present-participation.ts';

/** What the lead does around the shift: the roster, no-shows, the evaluation; and the volunteer's own list. */
export function createAttendanceService({ db, clock, config }: AppDeps) {
  const repository = createParticipationsRepository(db);

  async function findLed(actor: Actor, shiftId: string) {
    const shift = await repository.findShiftContext(shiftId);
    if (!shift || !canLeadShift(actor, shift, shift.leadVolunteerUserId)) throw new AppError('shifts.not_found', 404);
    return shift;
  }

  async function rosterOf(shift: ShiftContext) {
    const window = await checkinWindowOf(db, shift);
    return {
      shift: {
        id: shift.id,
        activityId: shift.activityId,
        activityTitle: shift.activityTitle,
        role: shift.role,
        startsAt: shift.startsAt,
        endsAt: shift.endsAt,
        capacity: shift.capacity,
        confirmedCount: shift.confirmedCount,
        checkinOpensAt: window.opensAt,
        checkinClosesAt: window.closesAt,
      },
      items: withWaitlistPositions(await repository.listPresentableForShift(shift.id)),
    };
  }

  async function findLedParticipation(actor: Actor, participationId: string) {
    const participation = await repository.findById(participationId);
    if (!participation) throw new AppError('participations.not_found', 404);
    const shift = await findLed(actor, participation.shiftId).catch(() => {
      throw new AppError('participations.not_found', 404);
    });
    return { participation, shift };
  }

  return {
    async roster(actor: Actor, shiftId: string) {
      return rosterOf(await findLed(actor, shiftId));
    },

    /**
     * The rosters of a day's shifts the user may lead, for the lead's screens (scanning a volunteer's personal code
     * picks the shift from these): as staff managing activities, those of their subtree; as an activity's lead
     * social worker or a shift's team lead, theirs.
     */
    async ledShifts(actor: Actor, date: string | undefined) {
      const day = date ?? calendarDayOf(clock.now(), config.timeZone);
      const from = startOfCalendarDay(day, config.timeZone);
      const to = startOfCalendarDay(addDays(day, 1), config.timeZone);
      const staffScope = actor.isPlatformAdmin
        ? ''
        : actor.permissions.has('activities.manage') && actor.actingOrganization
          ? actor.actingOrganization.path
          : null;
      const shifts = await repository.findShiftContextsLedBetween(from, to, actor.userId, staffScope);
      const led = shifts.filter((shift) => canLeadShift(actor, shift, shift.leadVolunteerUserId));
      return { items: await Promise.all(led.map(rosterOf)) };
    },

    /** A confirmed volunteer who never came, once the shift has started; their seat is released. */
    async markNoShow(actor: Actor, participationId: string, meta: RequestMeta) {
      const { participation, shift } = await findLedParticipation(actor, participationId);
      const now = clock.now();
      if (participation.state !== 'confirmed' || participation.checkedInAt !== null || now < shift.startsAt)
        throw new AppError('participations.state', 409);
      await db.transaction().execute(async (trx) => {
        const tx = createParticipationsRepository(trx);
        if (!(await tx.transition(participation.id, ['confirmed'], { state: 'no_show', endedAt: now, updatedAt: now })))
          throw new AppError('participations.state', 409);
        await tx.releaseSeat(shift.id, now);
        await recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'participations.no_show',
            entityType: 'participation',
            entityId: participation.id,
            before: { state: 'confirmed' },
            after: { state: 'no_show' },
            scopePath: shift.organizationPath,
          },
        );
      });
      return presentParticipation(db, participation.id);
    },

    /**
     * The lead's quality evaluation (服务质量评价), once the volunteer has checked in. It travels with the hours into the
     * ledger: evaluation columns are the one thing besides the decision that a ledger entry takes after it is written.
     */
    async evaluate(
      actor: Actor,
      participationId: string,
      body: { rating: number; comment?: string | null | undefined },
      meta: RequestMeta,
    ) {
      const { participation, shift } = await findLedParticipation(actor, participationId);
      if (participation.checkedInAt === null) throw new AppError('participations.state', 409);
      const now = clock.now();
      const comment = body.comment ?? null;
      await db.transaction().execute(async (trx) => {
        await createParticipationsRepository(trx).update(participation.id, {
          evaluationRating: body.rating,
          evaluationComment: comment,
          evaluatedBy: actor.userId,
          evaluatedAt: now,
          updatedAt: now,
        });
        await createParticipationsRepository(trx).copyEvaluationToHours(participation.id, body.rating, comment);
        await recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'participations.evaluate',
            entityType: 'participation',
            entityId: participation.id,
            before: { rating: participation.evaluationRating, comment: participation.evaluationComment },
            after: { rating: body.rating, comment },
            scopePath: shift.organizationPath,
          },
        );
      });
      return presentParticipation(db, participation.id);
    },

    /** The volunteer's own places: from a day ago onwards, soonest first. */
    async mine(actor: Actor) {
      const rows = await repository.listPresentableForUser(actor.userId, clock.now() - 24 * 3_600_000);
      return {
        items: rows.map((row) => ({
          ...toParticipation(row),
          activityTitle: row.activityTitle,
          role: row.role,
          address: row.address,
        })),
      };
    },

    /**
     * Checks out, at the shift's end, everyone still checked in an hour after it, flagging them for review.
     * Returns how many it closed. The server runs it every minute; it is safe to run twice.
     */
    async closeForgottenCheckOuts(limit = 500): Promise<number> {
      const now = clock.now();
      const forgotten = await repository.listForgottenCheckOuts(now - AUTO_CHECKOUT_GRACE_MS, limit);
      for (const { id, shiftId } of forgotten) {
        const shift = await repository.findShiftContext(shiftId);
        if (!shift) continue;
        await db.transaction().execute(async (trx) => {
          const tx = createParticipationsRepository(trx);
          const participation = await tx.findById(id);
          if (!participation || participation.checkedOutAt !== null || participation.state !== 'confirmed') return;
          const flags = [...new Set([...(JSON.parse(participation.flags) as CheckFlag[]), 'auto_checkout'])];
          if (
            !(await tx.transition(id, ['confirmed'], {
              checkedOutAt: shift.endsAt,
              state: 'completed',
              endedAt: shift.endsAt,
              flags: JSON.stringify(flags),
              updatedAt: now,
            }))
          )
            return;
          await tx.insertCheckEvent({
            id: newId(),
            participationId: id,
            kind: 'out',
            at: shift.endsAt,
            method: 'auto',
            latitude: null,
            longitude: null,
            accuracyM: null,
            distanceM: null,
            flags: JSON.stringify(['auto_checkout']),
            recordedBy: null,
            idempotencyKey: null,
          });
          // The lead is named recorder: the system acted on their shift, and the flag sends it to review.
          await recordCheckOutHours(trx, shift, participation, shift.endsAt, shift.leadUserId, config.timeZone);
          await recordAudit(
            trx,
            { actor: null, meta: { requestId: 'auto-checkout', ip: null, userAgent: null }, now },
            {
              action: 'checkin.auto_out',
              entityType: 'participation',
              entityId: id,
              after: { at: shift.endsAt, flags },
              scopePath: shift.organizationPath,
            },
          );
        });
      }
      return forgotten.length;
    },
  };
}
