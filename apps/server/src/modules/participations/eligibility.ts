import { ageOn, type ErrorCode, minorRequirements, type RegistrySettings } from '@liandong/domain';
import type { Db } from '../../db/create-db.ts';
import { AppError } from '../../http/app-error.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { insuranceProblem } from '../activities/insurance-coverage.ts';
import {
  createParticipationsRepository,
  type ParticipantVolunteer,
  type ShiftContext,
} from './participations.repository.ts';

const refuse = (code: ErrorCode, details?: unknown) => new AppError(code, 409, details);

/**
 * Whether the volunteer may take a place on the shift at all (条例 Art. 15: the assignment suits their age, skills
 * and qualifications; Art. 16: required qualifications are held). Throws the first rule broken.
 */
export async function assertEligible(
  db: Db,
  shift: ShiftContext,
  volunteer: ParticipantVolunteer,
  settings: RegistrySettings,
  timeZone: string,
): Promise<void> {
  const repository = createParticipationsRepository(db);
  if (volunteer.registryId !== shift.registryId) throw new AppError('volunteers.not_found', 404);
  if (volunteer.status !== 'active') throw refuse('volunteers.not_active');

  const held = new Set(JSON.parse(volunteer.skills) as string[]);
  const missingSkills = (JSON.parse(shift.requiredSkills) as string[]).filter((skill) => !held.has(skill));
  if (missingSkills.length > 0) throw refuse('participations.skills_missing', { missing: missingSkills });

  const day = calendarDayOf(shift.startsAt, timeZone);
  const required = JSON.parse(shift.requiredQualifications) as string[];
  if (required.length > 0) {
    const valid = await repository.listValidQualificationNames(volunteer.id, day);
    const missing = required.filter((name) => !valid.has(name));
    if (missing.length > 0) throw refuse('participations.qualifications_missing', { missing });
  }

  const age = ageOn(volunteer.birthDate, day);
  if (shift.minAge !== null && age < shift.minAge) throw refuse('participations.too_young', { minAge: shift.minAge });
  if (age < 18) {
    if (!shift.minorsAllowed) throw refuse('participations.minors_not_allowed');
    const needs = minorRequirements(age, settings.minorsPolicy);
    if (needs.forbidden) throw refuse('participations.minors_not_allowed', { age });
    if (needs.guardianConsent && !(await repository.hasGuardianConsent(volunteer.id, shift.activityId, day)))
      throw refuse('participations.guardian_consent_required');
  }
}

/**
 * What confirming a place needs beyond eligibility: no other confirmed shift at the same time, and accident
 * insurance for elevated and high-risk activities (条例 Art. 17). Run inside the transaction after locking the volunteer.
 */
export async function assertConfirmable(
  trx: Db,
  shift: ShiftContext,
  volunteerId: string,
  timeZone: string,
): Promise<void> {
  const overlapping = await createParticipationsRepository(trx).findOverlapping(
    volunteerId,
    shift.startsAt,
    shift.endsAt,
    shift.id,
  );
  if (overlapping) throw refuse('volunteers.shift_overlap', { shiftId: overlapping.shiftId });
  const problem = await insuranceProblem(
    trx,
    {
      id: shift.activityId,
      riskLevel: shift.riskLevel,
      registryId: shift.registryId,
      startsAt: shift.startsAt,
      endsAt: shift.endsAt,
    },
    volunteerId,
    timeZone,
  );
  if (problem) throw refuse('volunteers.insurance_required', { problem });
}
