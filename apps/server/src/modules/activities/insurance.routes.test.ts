import type { ActivityDetail, InsurancePolicyDetail } from '@liandong/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createActivity, createShift, insertVolunteerRow, saturdayAt } from '../../../test/activity-factories.ts';
import { auditEventsAbout } from '../../../test/db-reads.ts';
import { addMemberWithNewUser, createOrganization, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, type TestClient } from '../../../test/test-client.ts';
import { newId } from '../../lib/ids.ts';
import { insuranceProblem } from './insurance-coverage.ts';

const TIME_ZONE = 'Asia/Shanghai';

describeEachDialect('insurance', (t) => {
  let admin: TestClient;
  let federationId: string;
  let stationId: string;
  let otherFederationId: string;
  let coordinator: TestClient;
  let foreignCoordinator: TestClient;
  let policyCounter = 0;

  beforeAll(async () => {
    ({ admin } = await setUpInstallation(t.app));
    federationId = (await createOrganization(admin, null, { name: '温岭市义工联', kind: 'volunteer_federation' })).id;
    stationId = (await createOrganization(admin, federationId, { name: '太平服务站', kind: 'service_station' })).id;
    otherFederationId = (await createOrganization(admin, null, { name: '路桥区义工联', kind: 'volunteer_federation' }))
      .id;
    coordinator = (await addMemberWithNewUser(t.app, admin, federationId, 'volunteer_coordinator')).client;
    foreignCoordinator = (await addMemberWithNewUser(t.app, admin, otherFederationId, 'volunteer_coordinator')).client;
  });

  async function createPolicy(client: TestClient, fields: Record<string, unknown> = {}) {
    const response = await client.post('/api/insurance-policies', {
      organizationId: federationId,
      insurer: '中国人民财产保险股份有限公司温岭支公司',
      policyNo: `PICC-2026-${++policyCounter}`,
      coverageFrom: '2026-01-01',
      coverageTo: '2026-12-31',
      ...fields,
    });
    if (response.statusCode !== 201) throw new Error(`create policy failed: ${response.statusCode} ${response.body}`);
    return json<InsurancePolicyDetail>(response);
  }

  describe('policies', () => {
    it('records a policy with its insured volunteers, audited, and lists it within the holder’s subtree', async () => {
      const insured = await insertVolunteerRow(t.db, stationId, { name: '李四' });
      const response = await coordinator.post('/api/insurance-policies', {
        organizationId: federationId,
        insurer: '中国平安财产保险',
        policyNo: 'PA-0001',
        coverageFrom: '2026-06-01',
        coverageTo: '2027-05-31',
        sumInsuredFen: 10_000_000,
        volunteerIds: [insured, insured],
      });
      expect(response.statusCode).toBe(201);
      const policy = json<InsurancePolicyDetail>(response);
      expect(policy).toMatchObject({
        organization: { id: federationId, name: '温岭市义工联' },
        policyNo: 'PA-0001',
        sumInsuredFen: 10_000_000,
        coversAllVolunteers: false,
        insuredCount: 1,
        volunteers: [{ id: insured, name: '李四' }],
        activities: [],
      });
      expect((await auditEventsAbout(t.db, policy.id))[0]).toMatchObject({ action: 'insurance.create' });

      const listed = json(await coordinator.get('/api/insurance-policies?q=PA-0001'));
      expect(listed.items.map((item: { id: string }) => item.id)).toEqual([policy.id]);
      expect(json(await coordinator.get('/api/insurance-policies?activeOn=2027-06-01&q=PA-0001')).items).toEqual([]);
      expect(json(await foreignCoordinator.get('/api/insurance-policies')).items).toEqual([]);
      const hidden = await foreignCoordinator.get(`/api/insurance-policies/${policy.id}`);
      expect(hidden.statusCode).toBe(404);
      expect(json(hidden).code).toBe('insurance.not_found');
    });

    it('refuses a reversed period, a second policy number for the same holder and volunteers the actor cannot see', async () => {
      await createPolicy(coordinator, { policyNo: 'DUP-1' });
      const foreignVolunteer = await insertVolunteerRow(t.db, otherFederationId);
      const cases: [Record<string, unknown>, number, string][] = [
        [{ coverageFrom: '2026-12-31', coverageTo: '2026-01-01' }, 400, 'insurance.period'],
        [{ coverageFrom: '2026-02-30' }, 400, 'validation.failed'],
        [{ policyNo: 'DUP-1' }, 409, 'insurance.duplicate'],
        [{ volunteerIds: [foreignVolunteer] }, 400, 'volunteers.not_found'],
        [{ volunteerIds: [newId()] }, 400, 'volunteers.not_found'],
        [{ organizationId: otherFederationId }, 404, 'organizations.not_found'],
        [{ sumInsuredFen: -1 }, 400, 'validation.failed'],
      ];
      for (const [fields, status, code] of cases) {
        const response = await coordinator.post('/api/insurance-policies', {
          organizationId: federationId,
          insurer: '保险公司',
          policyNo: `P-${++policyCounter}`,
          coverageFrom: '2026-01-01',
          coverageTo: '2026-12-31',
          ...fields,
        });
        expect(response.statusCode, JSON.stringify(fields)).toBe(status);
        expect(json(response).code, JSON.stringify(fields)).toBe(code);
      }
      // A single-day policy is a valid period, and another holder may use the same number.
      await createPolicy(coordinator, { coverageFrom: '2026-11-28', coverageTo: '2026-11-28' });
      await createPolicy(coordinator, { policyNo: 'DUP-1', organizationId: stationId });
    });

    it('replaces the insured list whole', async () => {
      const [a, b, c] = [
        await insertVolunteerRow(t.db, stationId),
        await insertVolunteerRow(t.db, stationId),
        await insertVolunteerRow(t.db, stationId),
      ];
      const policy = await createPolicy(coordinator, { volunteerIds: [a, b] });
      const response = await coordinator.put(`/api/insurance-policies/${policy.id}/volunteers`, {
        volunteerIds: [b, c],
      });
      expect(response.statusCode).toBe(200);
      expect(
        json<InsurancePolicyDetail>(response)
          .volunteers.map((v) => v.id)
          .sort(),
      ).toEqual([b, c].sort());
      const event = (await auditEventsAbout(t.db, policy.id)).find((e) => e.action === 'insurance.volunteers');
      const changes = JSON.parse(event!.changes!);
      expect(changes.removed.before).toEqual([a]);
      expect(changes.added.after).toEqual([c]);
      const foreign = await foreignCoordinator.put(`/api/insurance-policies/${policy.id}/volunteers`, {
        volunteerIds: [],
      });
      expect(foreign.statusCode).toBe(404);
    });
  });

  describe('attaching to an activity', () => {
    let activity: ActivityDetail;

    beforeAll(async () => {
      activity = await createActivity(coordinator, stationId, { riskLevel: 'high' });
    });

    it('attaches a policy covering every day of the activity, once, and detaches it', async () => {
      const policy = await createPolicy(coordinator, { coverageFrom: '2026-11-28', coverageTo: '2026-11-28' });
      const response = await coordinator.post(`/api/activities/${activity.id}/insurance`, { policyId: policy.id });
      expect(response.statusCode).toBe(200);
      expect(json<ActivityDetail>(response).insurancePolicies).toEqual([
        expect.objectContaining({ id: policy.id, coverageFrom: '2026-11-28', coverageTo: '2026-11-28' }),
      ]);
      const again = await coordinator.post(`/api/activities/${activity.id}/insurance`, { policyId: policy.id });
      expect(json(again).code).toBe('insurance.already_attached');
      const detail = json<InsurancePolicyDetail>(await coordinator.get(`/api/insurance-policies/${policy.id}`));
      expect(detail.activities).toEqual([expect.objectContaining({ id: activity.id })]);

      const detached = await coordinator.delete(`/api/activities/${activity.id}/insurance/${policy.id}`);
      expect(json<ActivityDetail>(detached).insurancePolicies).toEqual([]);
      const actions = (await auditEventsAbout(t.db, activity.id)).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['activities.insurance_attach', 'activities.insurance_detach']));
      const missing = await coordinator.delete(`/api/activities/${activity.id}/insurance/${policy.id}`);
      expect(missing.statusCode).toBe(404);
      expect(json(missing).code).toBe('insurance.not_found');
    });

    it('refuses a policy that misses a day of the activity, in Shanghai time', async () => {
      const overnight = await createActivity(coordinator, stationId, {
        riskLevel: 'elevated',
        startsAt: saturdayAt(20),
        endsAt: Date.UTC(2026, 10, 28, 17, 0), // 01:00 on Sunday in Shanghai
      });
      const untilMidnight = await createActivity(coordinator, stationId, {
        startsAt: saturdayAt(20),
        endsAt: Date.UTC(2026, 10, 28, 16, 0), // midnight exactly: Saturday only
      });
      const saturdayOnly = await createPolicy(coordinator, { coverageFrom: '2026-11-28', coverageTo: '2026-11-28' });
      const refused = await coordinator.post(`/api/activities/${overnight.id}/insurance`, {
        policyId: saturdayOnly.id,
      });
      expect(refused.statusCode).toBe(409);
      expect(json(refused)).toMatchObject({
        code: 'insurance.not_covering',
        details: { firstDay: '2026-11-28', lastDay: '2026-11-29' },
      });
      const fromSunday = await createPolicy(coordinator, { coverageFrom: '2026-11-29', coverageTo: '2026-12-31' });
      expect(
        json(await coordinator.post(`/api/activities/${overnight.id}/insurance`, { policyId: fromSunday.id })).code,
      ).toBe('insurance.not_covering');
      const ok = await coordinator.post(`/api/activities/${untilMidnight.id}/insurance`, { policyId: saturdayOnly.id });
      expect(ok.statusCode).toBe(200);

      // Once attached, the activity cannot move off the policy's days.
      const moved = await coordinator.patch(`/api/activities/${untilMidnight.id}`, {
        endsAt: Date.UTC(2026, 10, 28, 17),
      });
      expect(moved.statusCode).toBe(409);
      expect(json(moved)).toMatchObject({ code: 'insurance.not_covering', details: { policyIds: [saturdayOnly.id] } });
    });

    it('answers 404 for policies and activities the actor cannot see', async () => {
      const foreignPolicyId = json(
        await foreignCoordinator.post('/api/insurance-policies', {
          organizationId: otherFederationId,
          insurer: '保险公司',
          policyNo: 'LQ-1',
          coverageFrom: '2026-01-01',
          coverageTo: '2026-12-31',
        }),
      ).id;
      const response = await coordinator.post(`/api/activities/${activity.id}/insurance`, {
        policyId: foreignPolicyId,
      });
      expect(response.statusCode).toBe(404);
      expect(json(response)).toMatchObject({ code: 'insurance.not_found', details: [{ path: 'body.policyId' }] });
      const policy = await createPolicy(coordinator);
      const foreign = await foreignCoordinator.post(`/api/activities/${activity.id}/insurance`, {
        policyId: policy.id,
      });
      expect(json(foreign).code).toBe('activities.not_found');
    });
  });

  describe('insuranceProblem', () => {
    it('needs nothing for low risk and a covering, insuring policy for elevated and high risk', async () => {
      const insured = await insertVolunteerRow(t.db, stationId);
      const uninsured = await insertVolunteerRow(t.db, stationId);
      const low = await createActivity(coordinator, stationId, { riskLevel: 'low' });
      const elevated = await createActivity(coordinator, stationId, { riskLevel: 'elevated' });
      const high = await createActivity(coordinator, stationId, { riskLevel: 'high' });
      const problem = (
        activity: ActivityDetail,
        volunteerId: string,
        span: { startsAt?: number; endsAt?: number } = {},
      ) =>
        insuranceProblem(
          t.db,
          {
            id: activity.id,
            riskLevel: activity.riskLevel,
            registryId: activity.registry?.id ?? null,
            startsAt: span.startsAt ?? activity.startsAt,
            endsAt: span.endsAt ?? activity.endsAt,
          },
          volunteerId,
          TIME_ZONE,
        );

      expect(await problem(low, uninsured)).toBeNull();
      expect(await problem(elevated, insured)).toBe('no_policy');
      expect(await problem(high, insured)).toBe('no_policy');

      const listed = await createPolicy(coordinator, { volunteerIds: [insured] });
      for (const activity of [elevated, high])
        await coordinator.post(`/api/activities/${activity.id}/insurance`, { policyId: listed.id });
      expect(await problem(elevated, insured)).toBeNull();
      expect(await problem(high, insured)).toBeNull();
      expect(await problem(high, uninsured)).toBe('not_insured');
      // A shift-by-shift check: a span beyond the policy's coverage has no policy at all.
      expect(await problem(high, insured, { startsAt: Date.UTC(2027, 0, 2), endsAt: Date.UTC(2027, 0, 2, 4) })).toBe(
        'no_policy',
      );

      // Another registry's group policy insures its own volunteers, not these.
      const foreignGroup = json(
        await admin.post('/api/insurance-policies', {
          organizationId: otherFederationId,
          insurer: '保险公司',
          policyNo: 'LQ-GROUP',
          coverageFrom: '2026-01-01',
          coverageTo: '2026-12-31',
          coversAllVolunteers: true,
        }),
      );
      await admin.post(`/api/activities/${high.id}/insurance`, { policyId: foreignGroup.id });
      expect(await problem(high, uninsured)).toBe('not_insured');

      // The registry's own group policy (held by a station of it) insures everyone registered there.
      const group = await createPolicy(coordinator, { organizationId: stationId, coversAllVolunteers: true });
      await coordinator.post(`/api/activities/${high.id}/insurance`, { policyId: group.id });
      expect(await problem(high, uninsured)).toBeNull();
      const foreignVolunteer = await insertVolunteerRow(t.db, otherFederationId);
      expect(await problem(high, foreignVolunteer)).toBeNull(); // covered by the other registry's group policy
      expect(await problem(elevated, uninsured)).toBe('not_insured');
    });

    it('shows on the activity whether insurance is required', async () => {
      const activity = await createActivity(coordinator, stationId, { riskLevel: 'low' });
      expect(activity.insuranceRequired).toBe(false);
      await createShift(coordinator, activity.id);
      const raised = await coordinator.patch(`/api/activities/${activity.id}`, { riskLevel: 'elevated' });
      expect(json(raised).insuranceRequired).toBe(true);
    });
  });
});
