import type { ActivityDetail, InsurancePolicyDetail, ShiftDetail } from '@liandong/domain';
import { DEMO_ACTIVITIES, type DemoActivitySpec } from './demo-activity-specs.ts';
import { DEMO_PLACES } from './demo-places.ts';
import { type DemoRoster, volunteerOf } from './demo-registry.ts';
import { type DemoWorld, organizationId, userId } from './demo-world.ts';

/** The created activities and shifts, by their spec keys. */
export interface DemoPlan {
  activities: Map<string, { spec: DemoActivitySpec; id: string }>;
  shifts: Map<string, string>;
}

/** Who came to the induction course (the activity 'induction'): it shows as a training record on their profile. */
const INDUCTION_ATTENDEES = [
  'team-elderly:2',
  'team-elderly:3',
  'team-youth:1',
  'team-youth:2',
  'team-youth:3',
  'team-youth:4',
  'team-disability:1',
  'team-disability:2',
  'team-green:0',
  'team-green:1',
  'team-green:2',
  'team-enterprise:1',
  'team-village:1',
];

/**
 * Creates the demo activities with their shifts through the API, attaches the group accident policy to the
 * elevated-risk one (before anyone is confirmed on it), and files the induction course on its attendees' profiles.
 */
export async function createDemoActivities(world: DemoWorld, roster: DemoRoster): Promise<DemoPlan> {
  const plan: DemoPlan = { activities: new Map(), shifts: new Map() };
  const { calendar } = world;
  for (const spec of DEMO_ACTIVITIES) {
    const creator = spec.createdBy === 'admin' ? world.admin : world.coordinator;
    const activity = await creator.post<ActivityDetail>('/api/activities', {
      type: spec.type,
      title: spec.title,
      content: spec.content,
      organizationId: organizationId(world, spec.organizer),
      leadUserId: userId(world, spec.lead),
      coOrganizers: (spec.coOrganizers ?? []).map(({ organization, role }) => ({
        organizationId: organizationId(world, organization),
        role,
      })),
      place: DEMO_PLACES[spec.place],
      startsAt: calendar.at(spec.day, spec.starts),
      endsAt: calendar.at(spec.day, spec.ends),
      beneficiaryGroup: spec.beneficiaryGroup,
      riskLevel: spec.riskLevel ?? 'low',
    });
    plan.activities.set(spec.key, { spec, id: activity.id });
    for (const shift of spec.shifts ?? []) {
      const created = await world.coordinator.post<ShiftDetail>(`/api/activities/${activity.id}/shifts`, {
        role: shift.role,
        description: shift.description,
        startsAt: calendar.at(spec.day, shift.starts),
        endsAt: calendar.at(spec.day, shift.ends),
        capacity: shift.capacity,
        signupFlow: shift.signupFlow,
        waitlistEnabled: shift.waitlistEnabled ?? shift.signupFlow !== 'assigned',
        requiredSkills: shift.requiredSkills ?? [],
        requiredQualifications: shift.requiredQualifications ?? [],
        minAge: shift.minAge ?? null,
        minorsAllowed: shift.minorsAllowed ?? true,
        leadVolunteerId: shift.leadVolunteer ? volunteerOf(roster, shift.leadVolunteer).id : null,
      });
      plan.shifts.set(shift.key, created.id);
    }
  }
  await insureElevatedActivities(world, plan);
  await recordInduction(world, roster);
  return plan;
}

/** The id of a created activity or shift by its spec key; throws on one the demo did not create. */
export function activityIdOf(plan: DemoPlan, key: string): string {
  const activity = plan.activities.get(key);
  if (!activity) throw new Error(`Demo data: unknown activity ${key}`);
  return activity.id;
}

export function shiftIdOf(plan: DemoPlan, key: string): string {
  const id = plan.shifts.get(key);
  if (!id) throw new Error(`Demo data: unknown shift ${key}`);
  return id;
}

/** The 义工联's yearly group accident policy for every registered volunteer (条例 Art. 17), an invented one. */
async function insureElevatedActivities(world: DemoWorld, plan: DemoPlan) {
  const { calendar } = world;
  const policy = await world.coordinator.post<InsurancePolicyDetail>('/api/insurance-policies', {
    organizationId: organizationId(world, 'federation'),
    insurer: '台州安和财产保险有限公司（演示）',
    policyNo: `DEMO-YW-${calendar.day(-30).slice(0, 4)}-000173`,
    coverageFrom: calendar.day(-30),
    coverageTo: calendar.day(334),
    sumInsuredFen: 50_000_000,
    coversAllVolunteers: true,
  });
  for (const { spec, id } of plan.activities.values())
    if (spec.riskLevel && spec.riskLevel !== 'low')
      await world.coordinator.post(`/api/activities/${id}/insurance`, { policyId: policy.id });
}

async function recordInduction(world: DemoWorld, roster: DemoRoster) {
  const induction = DEMO_ACTIVITIES.find((spec) => spec.key === 'induction');
  if (!induction) return;
  for (const key of INDUCTION_ATTENDEES)
    await world.coordinator.post(`/api/volunteers/${volunteerOf(roster, key).id}/trainings`, {
      course: induction.title,
      provider: '温岭市义工联合会',
      trainedOn: world.calendar.day(induction.day),
      hours: 3,
      result: '结业',
    });
}
