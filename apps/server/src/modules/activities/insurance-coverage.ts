import { INSURED_RISK_LEVELS, type RiskLevel } from '@liandong/domain';
import type { Db } from '../../db/create-db.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { createOrganizationsRepository } from '../organizations/organizations.repository.ts';
import { registryRootFor } from '../volunteers/registries.ts';
import { createInsuranceRepository } from './insurance.repository.ts';

/** What coverage is decided on; a shift's own times may stand in for the activity's. */
export interface InsurableActivity {
  id: string;
  riskLevel: RiskLevel;
  registryId: string | null;
  startsAt: number;
  endsAt: number;
}

export interface CalendarSpan {
  firstDay: string;
  lastDay: string;
}

/** The first and last calendar day a span of time touches; one ending at midnight does not reach the next day. */
export function calendarSpanOf(span: { startsAt: number; endsAt: number }, timeZone: string): CalendarSpan {
  return {
    firstDay: calendarDayOf(span.startsAt, timeZone),
    lastDay: calendarDayOf(Math.max(span.startsAt, span.endsAt - 1), timeZone),
  };
}

/** Whether a policy's coverage period (inclusive days) includes every day of the span. */
export const policyCovers = (policy: { coverageFrom: string; coverageTo: string }, span: CalendarSpan) =>
  policy.coverageFrom <= span.firstDay && policy.coverageTo >= span.lastDay;

/**
 * Why the volunteer may not be confirmed on the activity for want of insurance (条例 Art. 17), or null when nothing
 * is missing: a low-risk activity needs none; otherwise a policy attached to the activity must cover all its days
 * and either insure every volunteer of its holder's registry (a group policy) or list this volunteer.
 * 'no_policy': no attached policy covers the days; 'not_insured': one does, but not this volunteer.
 */
export async function insuranceProblem(
  db: Db,
  activity: InsurableActivity,
  volunteerId: string,
  timeZone: string,
): Promise<null | 'no_policy' | 'not_insured'> {
  if (!INSURED_RISK_LEVELS.includes(activity.riskLevel)) return null;
  const repository = createInsuranceRepository(db);
  const { firstDay, lastDay } = calendarSpanOf(activity, timeZone);
  const policies = await repository.coveringAttached(activity.id, firstDay, lastDay);
  if (policies.length === 0) return 'no_policy';

  const groupPolicies = policies.filter((policy) => policy.coversAllVolunteers === 1);
  if (groupPolicies.length > 0) {
    const registryId = await repository.registryOfVolunteer(volunteerId);
    for (const policy of groupPolicies) {
      if (registryId && (await registryIdOf(db, policy.organizationId)) === registryId) return null;
    }
  }
  const listed = await repository.listsVolunteer(
    policies.map((policy) => policy.id),
    volunteerId,
  );
  return listed ? null : 'not_insured';
}

async function registryIdOf(db: Db, organizationId: string): Promise<string | null> {
  const organization = await createOrganizationsRepository(db).findById(organizationId);
  return organization ? (await registryRootFor(db, organization)).id : null;
}
