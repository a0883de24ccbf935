import type { Participation } from '@liandong/domain';
import { type DemoPlan, shiftIdOf } from './demo-activities.ts';
import { clientOf, type DemoRoster, volunteerOf } from './demo-registry.ts';
import type { DemoWorld } from './demo-world.ts';

/**
 * Volunteers signing themselves up on the phone, in this order. The shift's flow decides the outcome: 作业辅导 takes
 * three and waitlists the other two; 陪同就医 and 复训 wait for the coordinator.
 */
const SIGNUPS: { shift: string; volunteers: string[] }[] = [
  {
    shift: 'reading-tutor',
    volunteers: ['team-youth:1', 'team-youth:7', 'team-youth:2', 'team-youth:3', 'team-youth:4'],
  },
  { shift: 'visit-am', volunteers: ['team-elderly:0', 'team-elderly:1', 'team-elderly:2'] },
  { shift: 'visit-pm', volunteers: ['team-elderly:3', 'team-elderly:2'] },
  {
    shift: 'beach-crew',
    volunteers: [
      'team-green:0',
      'team-green:1',
      'team-green:2',
      'team-disability:1',
      'team-enterprise:1',
      'team-elderly:1',
    ],
  },
  { shift: 'first-aid-trainee', volunteers: ['team-disability:2', 'team-village:1', 'team-youth:2', 'team-elderly:3'] },
  { shift: 'sorting-booth', volunteers: ['team-green:0', 'team-green:2', 'team-disability:1'] },
];

/** Requests the coordinator approves; the others stay requested for the coordinator's list. */
const CONFIRMED_REQUESTS: { shift: string; volunteer: string }[] = [
  { shift: 'visit-pm', volunteer: 'team-elderly:3' },
  { shift: 'first-aid-trainee', volunteer: 'team-youth:2' },
  { shift: 'first-aid-trainee', volunteer: 'team-disability:2' },
];

/** Shifts staffed by the coordinator alone (assigned-only), e.g. the safety officers with a valid first-aid card. */
const ASSIGNMENTS: { shift: string; volunteers: string[] }[] = [
  { shift: 'reading-order', volunteers: ['team-youth:0'] },
  { shift: 'beach-safety', volunteers: ['team-enterprise:0', 'team-enterprise:2'] },
  {
    shift: 'blood-guide',
    volunteers: ['team-enterprise:3', 'team-enterprise:4', 'team-enterprise:5', 'team-enterprise:6', 'team-village:3'],
  },
];

/** Sign-ups as the volunteers themselves, the coordinator's approvals, and assignments, all through the API. */
export async function createDemoSignups(world: DemoWorld, roster: DemoRoster, plan: DemoPlan): Promise<void> {
  const placed = new Map<string, Participation>();
  for (const { shift, volunteers } of SIGNUPS) {
    for (const key of volunteers) {
      const client = await clientOf(world, roster, key);
      const participation = await client.post<Participation>(`/api/shifts/${shiftIdOf(plan, shift)}/signups`, {
        volunteerId: volunteerOf(roster, key).id,
      });
      placed.set(`${shift}/${key}`, participation);
    }
  }
  for (const { shift, volunteer } of CONFIRMED_REQUESTS) {
    const participation = placed.get(`${shift}/${volunteer}`);
    if (!participation) throw new Error(`Demo data: ${volunteer} did not sign up for ${shift}`);
    await world.coordinator.post(`/api/participations/${participation.id}/confirm`, undefined);
  }
  for (const { shift, volunteers } of ASSIGNMENTS)
    await world.coordinator.post(`/api/shifts/${shiftIdOf(plan, shift)}/assignments`, {
      volunteerIds: volunteers.map((key) => volunteerOf(roster, key).id),
    });
}
