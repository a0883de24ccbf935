import { creditedHundredths } from '@liandong/domain';
import type { Db } from '../../db/create-db.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { newId } from '../../lib/ids.ts';
import { insertHoursEntry } from '../service-hours/insert-hours-entry.ts';
import { loadRegistrySettings } from '../volunteers/registries.ts';
import {
  createParticipationsRepository,
  type ParticipationRow,
  type ShiftContext,
} from './participations.repository.ts';

/**
 * Records the service a check-out ends: the minutes between check-in and check-out (travel is never part of them),
 * credited under the registry's rounding rule, pending approval. Returns the credited hundredths.
 */
export async function recordCheckOutHours(
  trx: Db,
  shift: ShiftContext,
  participation: ParticipationRow,
  checkedOutAt: number,
  recordedBy: string,
  timeZone: string,
): Promise<number> {
  const checkedInAt = participation.checkedInAt ?? checkedOutAt;
  const repository = createParticipationsRepository(trx);
  const volunteer = await repository.findVolunteerUnit(participation.volunteerId);
  const leadName = await repository.findDisplayName(shift.leadUserId);
  const settings = await loadRegistrySettings(trx, volunteer.registryId);
  const rawMinutes = Math.max(0, Math.floor((checkedOutAt - checkedInAt) / 60_000));
  const scheduledMinutes = Math.round((shift.endsAt - shift.startsAt) / 60_000);
  const credited = creditedHundredths(rawMinutes, settings.roundingRule, scheduledMinutes);
  await insertHoursEntry(trx, {
    id: newId(),
    registryId: volunteer.registryId,
    volunteerId: participation.volunteerId,
    unitPath: volunteer.homePath,
    recordingOrganizationId: shift.organizationId,
    recordingPath: shift.organizationPath,
    activityId: shift.activityId,
    activityType: shift.activityType,
    participationId: participation.id,
    serviceDate: calendarDayOf(checkedInAt, timeZone),
    startedAt: checkedInAt,
    endedAt: checkedOutAt,
    rawMinutes,
    creditedHundredths: credited,
    roundingRule: JSON.stringify(settings.roundingRule),
    source: 'checkin',
    kind: 'original',
    correctsEntryId: null,
    place: shift.address,
    content: `${shift.activityTitle} · ${shift.role}`,
    leadUserId: shift.leadUserId,
    leadName,
    recordedBy,
    recordedAt: checkedOutAt,
    evaluationRating: participation.evaluationRating,
    evaluationComment: participation.evaluationComment,
    status: 'pending',
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
    importId: null,
  });
  return credited;
}
