import type { Db } from '../../db/create-db.ts';
import { AppError } from '../../http/app-error.ts';
import { type AuditContext, recordAudit } from '../audit/record-audit.ts';
import { endPlacesOnCancelledShifts } from '../participations/seats.ts';
import { type ActivityRow, createActivitiesRepository } from './activities.repository.ts';
import { createShiftsRepository, type ShiftRow } from './shifts.repository.ts';

/**
 * Cancels a published activity and every open shift of it, with an audit event, inside the caller's transaction.
 * Places on its shifts end with them
 * (cancelled, seats freed). Returns the ids of the shifts it cancelled. Throws activities.cancelled when it was cancelled already (also by a concurrent call).
 */
export async function cancelActivity(
  trx: Db,
  context: AuditContext,
  activity: Pick<ActivityRow, 'id' | 'organizationPath'>,
): Promise<string[]> {
  if (!(await createActivitiesRepository(trx).cancelIfPublished(activity.id, context.now)))
    throw new AppError('activities.cancelled', 409);
  const shiftIds = await createShiftsRepository(trx).cancelOpenShiftsOf(activity.id, context.now);
  await endPlacesOnCancelledShifts(trx, shiftIds, context.now);
  await recordAudit(trx, context, {
    action: 'activities.cancel',
    entityType: 'activity',
    entityId: activity.id,
    before: { status: 'published' },
    after: { status: 'cancelled', cancelledShiftIds: shiftIds },
    scopePath: activity.organizationPath,
  });
  return shiftIds;
}

/**
 * Cancels one open shift, with an audit event, inside the caller's transaction; shifts.cancelled when it is no
 * longer open. Places on it end with it.
 */
export async function cancelShift(
  trx: Db,
  context: AuditContext,
  shift: Pick<ShiftRow, 'id'>,
  organizationPath: string,
): Promise<void> {
  if (!(await createShiftsRepository(trx).cancelIfOpen(shift.id, context.now)))
    throw new AppError('shifts.cancelled', 409);
  await endPlacesOnCancelledShifts(trx, [shift.id], context.now);
  await recordAudit(trx, context, {
    action: 'shifts.cancel',
    entityType: 'shift',
    entityId: shift.id,
    before: { status: 'open' },
    after: { status: 'cancelled' },
    scopePath: organizationPath,
  });
}
