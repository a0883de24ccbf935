import {
  eligibleStarLevel,
  monthsBetween,
  type StarAward,
  type StarLevel,
  type StarStanding,
  type StarThreshold,
} from '@liandong/domain';
import type { Db } from '../../db/create-db.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { approvedHundredthsOf } from '../service-hours/hours-totals.ts';
import { loadRegistrySettings } from '../volunteers/registries.ts';
import { presentStarAward } from './present-star-award.ts';
import { createStarAwardsRepository } from './star-awards.repository.ts';

/** Full months from the calendar day of registration (in the installation's time zone) to today. */
export function monthsRegisteredOf(registeredAt: number, now: number, timeZone: string): number {
  return monthsBetween(calendarDayOf(registeredAt, timeZone), calendarDayOf(now, timeZone));
}

/** The threshold of the level above `level`, null at the registry's top level. */
export function nextThresholdAfter(level: number, thresholds: readonly StarThreshold[]): StarThreshold | null {
  return thresholds.find((threshold) => threshold.level === level + 1) ?? null;
}

/** A volunteer's eligibility as the registry's thresholds compute it; never stored, always from the ledger. */
export interface StarEligibility {
  eligibleLevel: StarLevel;
  approvedHundredths: number;
  monthsRegistered: number;
  nextThreshold: StarThreshold | null;
}

/** Computes eligibility from the approved total (the ledger module's one definition) and months registered. */
export async function starEligibilityOf(
  db: Db,
  volunteer: { id: string; registryId: string; registeredAt: number },
  now: number,
  timeZone: string,
): Promise<StarEligibility> {
  const [approvedHundredths, settings] = await Promise.all([
    approvedHundredthsOf(db, volunteer.id),
    loadRegistrySettings(db, volunteer.registryId),
  ]);
  const monthsRegistered = monthsRegisteredOf(volunteer.registeredAt, now, timeZone);
  const eligibleLevel = eligibleStarLevel(approvedHundredths, monthsRegistered, settings.starThresholds);
  return {
    eligibleLevel,
    approvedHundredths,
    monthsRegistered,
    nextThreshold: nextThresholdAfter(eligibleLevel, settings.starThresholds),
  };
}

/** Eligibility and every award of one volunteer, as the profile and the volunteer's own page show them. */
export async function starStandingOf(
  db: Db,
  volunteer: { id: string; registryId: string; registeredAt: number },
  now: number,
  timeZone: string,
): Promise<StarStanding> {
  const [eligibility, awards] = await Promise.all([
    starEligibilityOf(db, volunteer, now, timeZone),
    createStarAwardsRepository(db).listOfVolunteer(volunteer.id),
  ]);
  return {
    volunteerId: volunteer.id,
    registryId: volunteer.registryId,
    ...eligibility,
    awards: awards.map((award): StarAward => presentStarAward(award)),
  };
}
