import type { Participation } from '@liandong/domain';
import { beforeAll, expect, it } from 'vitest';
import { createActivity, createShift, saturdayAt } from '../../../test/activity-factories.ts';
import { addMemberWithNewUser, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import type { TestClient } from '../../../test/test-client.ts';
import { createFederationTree, type FederationTree, volunteerUserClient } from '../../../test/volunteer-factories.ts';

describeEachDialect('signing up for shifts', (context) => {
  let admin: TestClient;
  let coordinator: TestClient;
  let tree: FederationTree;

  const newVolunteer = async (overrides?: Record<string, unknown>) =>
    volunteerUserClient(context.app, tree.teamIds[0], { approver: coordinator, overrides });
  const signUp = (client: TestClient, shiftId: string) => client.post(`/api/shifts/${shiftId}/signups`, {});

  beforeAll(async () => {
    ({ admin } = await setUpInstallation(context.app));
    tree = await createFederationTree(admin);
    ({ client: coordinator } = await addMemberWithNewUser(
      context.app,
      admin,
      tree.federationId,
      'volunteer_coordinator',
    ));
  });

  it('confirms an instant sign-up and refuses an overlapping one', async () => {
    const activity = await createActivity(coordinator, tree.federationId);
    const morning = await createShift(coordinator, activity.id, { startsAt: saturdayAt(9), endsAt: saturdayAt(12) });
    const overlapping = await createShift(coordinator, activity.id, {
      startsAt: saturdayAt(11),
      endsAt: saturdayAt(14),
    });
    const afternoon = await createShift(coordinator, activity.id, { startsAt: saturdayAt(12), endsAt: saturdayAt(15) });
    const { client } = await newVolunteer();

    const first = await signUp(client, morning.id);
    expect(first.statusCode).toBe(201);
    expect((first.json() as Participation).state).toBe('confirmed');
    expect((await signUp(client, morning.id)).json().code).toBe('participations.duplicate');

    const clash = await signUp(client, overlapping.id);
    expect(clash.statusCode).toBe(409);
    expect(clash.json().code).toBe('volunteers.shift_overlap');
    // Back to back is not an overlap.
    expect((await signUp(client, afternoon.id)).statusCode).toBe(201);
  });

  it('gives the last seat to exactly one of two simultaneous sign-ups and waitlists the other', async () => {
    const activity = await createActivity(coordinator, tree.federationId);
    const shift = await createShift(coordinator, activity.id, { capacity: 1, waitlistEnabled: true });
    const [a, b] = await Promise.all([newVolunteer(), newVolunteer()]);
    const answers = await Promise.all([signUp(a.client, shift.id), signUp(b.client, shift.id)]);
    const states = answers.map((answer) => (answer.json() as Participation).state).sort();
    expect(states).toEqual(['confirmed', 'waitlisted']);

    const roster = await coordinator.get(`/api/shifts/${shift.id}/roster`);
    expect(roster.json().shift.confirmedCount).toBe(1);

    // Cancelling the confirmed place promotes the waitlisted volunteer.
    const confirmed = answers.map((answer) => answer.json() as Participation).find((p) => p.state === 'confirmed');
    const owner = confirmed?.volunteerId === a.volunteerId ? a.client : b.client;
    expect((await owner.post(`/api/participations/${confirmed?.id}/cancel`, {})).json().state).toBe('cancelled');
    const after = (await coordinator.get(`/api/shifts/${shift.id}/roster`)).json().items as Participation[];
    expect(after.map((p) => p.state).sort()).toEqual(['cancelled', 'confirmed']);
  });

  it('promotes the waitlist when capacity grows and ends every place when the activity is cancelled', async () => {
    const activity = await createActivity(coordinator, tree.federationId);
    const shift = await createShift(coordinator, activity.id, { capacity: 1, waitlistEnabled: true });
    const [a, b, c] = await Promise.all([newVolunteer(), newVolunteer(), newVolunteer()]);
    for (const volunteer of [a, b, c]) await signUp(volunteer.client, shift.id);
    const states = async () =>
      ((await coordinator.get(`/api/shifts/${shift.id}/roster`)).json().items as Participation[])
        .map((p) => p.state)
        .sort();
    expect(await states()).toEqual(['confirmed', 'waitlisted', 'waitlisted']);

    expect((await coordinator.patch(`/api/shifts/${shift.id}`, { capacity: 2 })).statusCode).toBe(200);
    expect(await states()).toEqual(['confirmed', 'confirmed', 'waitlisted']);

    expect((await coordinator.post(`/api/activities/${activity.id}/cancel`, {})).statusCode).toBe(200);
    expect(await states()).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect((await coordinator.get(`/api/shifts/${shift.id}/roster`)).json().shift.confirmedCount).toBe(0);
  });

  it('refuses a full shift without a waitlist', async () => {
    const activity = await createActivity(coordinator, tree.federationId);
    const shift = await createShift(coordinator, activity.id, { capacity: 1, waitlistEnabled: false });
    const [a, b] = await Promise.all([newVolunteer(), newVolunteer()]);
    const answers = await Promise.all([signUp(a.client, shift.id), signUp(b.client, shift.id)]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((answer) => answer.statusCode === 409)?.json().code).toBe('participations.shift_full');
  });

  it('needs insurance before confirming anyone on an elevated-risk activity', async () => {
    const activity = await createActivity(coordinator, tree.federationId, { riskLevel: 'elevated' });
    const shift = await createShift(coordinator, activity.id);
    const { client } = await newVolunteer();
    const refused = await signUp(client, shift.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('volunteers.insurance_required');

    const policy = await coordinator.post('/api/insurance-policies', {
      organizationId: tree.federationId,
      insurer: '中国人寿温岭支公司',
      policyNo: `PA-${activity.id.slice(-6)}`,
      coverageFrom: '2026-11-01',
      coverageTo: '2026-12-31',
      coversAllVolunteers: true,
      volunteerIds: [],
    });
    expect(policy.statusCode).toBe(201);
    expect(
      (await coordinator.post(`/api/activities/${activity.id}/insurance`, { policyId: policy.json().id })).statusCode,
    ).toBeLessThan(300);
    expect((await signUp(client, shift.id)).statusCode).toBe(201);
  });

  it('keeps prospective volunteers, missing skills and assigned-only shifts out', async () => {
    const activity = await createActivity(coordinator, tree.federationId);
    const open = await createShift(coordinator, activity.id);
    const prospective = await volunteerUserClient(context.app, tree.teamIds[0]);
    expect((await signUp(prospective.client, open.id)).json().code).toBe('volunteers.not_active');

    const skilled = await createShift(coordinator, activity.id, { requiredSkills: ['first_aid'] });
    const { client } = await newVolunteer();
    const missing = await signUp(client, skilled.id);
    expect(missing.json()).toMatchObject({
      code: 'participations.skills_missing',
      details: { missing: ['first_aid'] },
    });

    const assigned = await createShift(coordinator, activity.id, { signupFlow: 'assigned' });
    expect((await signUp(client, assigned.id)).json().code).toBe('participations.assigned_only');
  });

  it('asks a minor for a guardian consent in force', async () => {
    const activity = await createActivity(coordinator, tree.federationId);
    const first = await createShift(coordinator, activity.id, { startsAt: saturdayAt(9), endsAt: saturdayAt(11) });
    const second = await createShift(coordinator, activity.id, { startsAt: saturdayAt(13), endsAt: saturdayAt(15) });
    const minor = await newVolunteer({
      birthDate: '2013-03-02',
      guardian: { guardianName: '王建国', relation: 'father', phone: '13900001111' },
    });
    expect((await signUp(minor.client, first.id)).statusCode).toBe(201);

    const profile = (await coordinator.get(`/api/volunteers/${minor.volunteerId}`)).json();
    const consentId = profile.guardianConsents[0].id as string;
    const revoked = await coordinator.post(
      `/api/volunteers/${minor.volunteerId}/guardian-consents/${consentId}/revoke`,
      {},
    );
    expect(revoked.statusCode).toBe(200);
    const refused = await signUp(minor.client, second.id);
    expect(refused.json().code).toBe('participations.guardian_consent_required');
  });

  it('lets a coordinator approve requests and assign volunteers directly', async () => {
    const activity = await createActivity(coordinator, tree.federationId);
    const approval = await createShift(coordinator, activity.id, { signupFlow: 'approve', capacity: 2 });
    const { client } = await newVolunteer();
    const requested = (await signUp(client, approval.id)).json() as Participation;
    expect(requested.state).toBe('requested');
    const confirmed = await coordinator.post(`/api/participations/${requested.id}/confirm`, {});
    expect(confirmed.json().state).toBe('confirmed');
    expect((await coordinator.post(`/api/participations/${requested.id}/confirm`, {})).json().code).toBe(
      'participations.state',
    );

    const assignedShift = await createShift(coordinator, activity.id, {
      signupFlow: 'assigned',
      startsAt: saturdayAt(14),
      endsAt: saturdayAt(16),
    });
    const other = await newVolunteer();
    const assigned = await coordinator.post(`/api/shifts/${assignedShift.id}/assignments`, {
      volunteerIds: [other.volunteerId],
    });
    expect(assigned.statusCode).toBe(201);
    expect(assigned.json().items[0].state).toBe('confirmed');
    // A volunteer cannot assign.
    expect(
      (await client.post(`/api/shifts/${assignedShift.id}/assignments`, { volunteerIds: [other.volunteerId] }))
        .statusCode,
    ).toBe(403);
  });

  it('hides shifts of another federation', async () => {
    const otherTree = await createFederationTree(admin);
    const { client: otherCoordinator } = await addMemberWithNewUser(
      context.app,
      admin,
      otherTree.federationId,
      'volunteer_coordinator',
    );
    const activity = await createActivity(otherCoordinator, otherTree.federationId);
    const shift = await createShift(otherCoordinator, activity.id);
    const { client } = await newVolunteer();
    expect((await signUp(client, shift.id)).statusCode).toBe(404);
    expect((await coordinator.get(`/api/shifts/${shift.id}/roster`)).statusCode).toBe(404);
  });
});
