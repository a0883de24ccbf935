import type { Db } from '../../db/create-db.ts';
import { AppError } from '../../http/app-error.ts';
import type { AuditContext } from '../audit/record-audit.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertConfirmable } from './eligibility.ts';
import { createParticipationsRepository, type ShiftContext } from './participations.repository.ts';

/**
 * Gives a freed seat to the first waitlisted volunteer who can still take it (no overlapping shift since, insurance
 * in place); those who cannot stay on the waitlist. Runs inside the transaction that freed the seat.
 */
export async function promoteFromWaitlist(
  trx: Db,
  shift: ShiftContext,
  context: AuditContext,
  timeZone: string,
): Promise<string | null> {
  const repository = createParticipationsRepository(trx);
  for (const candidate of await repository.listWaitlisted(shift.id)) {
    try {
      await assertConfirmable(trx, shift, candidate.volunteerId, timeZone);
    } catch (error) {
      if (error instanceof AppError) continue;
      throw error;
    }
    if (!(await repository.takeSeat(shift.id, context.now))) return null;
    await repository.transition(candidate.id, ['waitlisted'], {
      state: 'confirmed',
      confirmedAt: context.now,
      updatedAt: context.now,
    });
    await recordAudit(trx, context, {
      action: 'participations.promote',
      entityType: 'participation',
      entityId: candidate.id,
      before: { state: 'waitlisted' },
      after: { state: 'confirmed' },
      scopePath: shift.organizationPath,
    });
    return candidate.id;
  }
  return null;
}

/** After a shift gains seats (its capacity was raised), moves waitlisted volunteers up until it is full again. */
export async function fillFreedSeats(trx: Db, shiftId: string, context: AuditContext, timeZone: string): Promise<void> {
  const shift = await createParticipationsRepository(trx).findShiftContext(shiftId);
  if (!shift || context.now >= shift.endsAt) return;
  while (await promoteFromWaitlist(trx, shift, context, timeZone)) {
    // Each pass fills one seat; promoteFromWaitlist answers null once none is free or nobody can take it.
  }
}

/**
 * Ends every place on shifts that were just cancelled (requested, waitlisted and confirmed volunteers not yet
 * checked in), inside the cancelling transaction, and frees their seats.
 */
export async function endPlacesOnCancelledShifts(trx: Db, shiftIds: readonly string[], now: number): Promise<void> {
  if (shiftIds.length === 0) return;
  const repository = createParticipationsRepository(trx);
  await repository.cancelOpenPlaces(shiftIds, now);
  await repository.recountSeats(shiftIds, now);
}
