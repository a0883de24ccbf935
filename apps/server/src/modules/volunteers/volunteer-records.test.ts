import { beforeAll, describe, expect, it } from 'vitest';
import { addMemberWithNewUser, createOrganization, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, type TestClient } from '../../../test/test-client.ts';
import {
  auditTrailOf,
  createFederationTree,
  type FederationTree,
  registerVolunteer,
  validResidentId,
} from '../../../test/volunteer-factories.ts';
import { newId } from '../../lib/ids.ts';
import { hasValidGuardianConsent } from './guardian-consents.ts';

describeEachDialect('volunteer records', (t) => {
  let admin: TestClient;
  let tree: FederationTree;
  let coordinator: TestClient;

  beforeAll(async () => {
    ({ admin } = await setUpInstallation(t.app));
    tree = await createFederationTree(admin);
    coordinator = (await addMemberWithNewUser(t.app, admin, tree.federationId, 'volunteer_coordinator')).client;
  });

  describe('teams', () => {
    it('joins teams of the same registry, changes the role, and refuses anything that is not such a team', async () => {
      const volunteer = await registerVolunteer(coordinator, tree.stationId);
      const url = (teamId: string) => `/api/volunteers/${volunteer.id}/teams/${teamId}`;
      const joined = json(await coordinator.put(url(tree.teamIds[0]), {}));
      expect(joined.teams).toMatchObject([{ teamId: tree.teamIds[0], role: 'member' }]);
      const promoted = json(await coordinator.put(url(tree.teamIds[0]), { role: 'team_lead' }));
      expect(promoted.teams).toMatchObject([{ teamId: tree.teamIds[0], role: 'team_lead' }]);
      expect(json(await coordinator.put(url(tree.teamIds[1]), {})).teams).toHaveLength(2);

      const other = await createFederationTree(admin);
      const ordinaryTeamless = await createOrganization(admin, tree.federationId, { kind: 'social_work_agency' });
      for (const teamId of [tree.stationId, other.teamIds[0], ordinaryTeamless.id, newId()]) {
        const response = await coordinator.put(url(teamId), {});
        expect(response.statusCode, teamId).toBe(404);
        expect(json(response).code).toBe('volunteers.team_not_found');
      }
      expect(json(await coordinator.delete(url(other.teamIds[0]))).code).toBe('volunteers.team_not_found');
      const left = json(await coordinator.delete(url(tree.teamIds[0])));
      expect(left.teams).toMatchObject([{ teamId: tree.teamIds[1] }]);
      const actions = (await auditTrailOf(t.db, volunteer.id)).map((event) => event.action);
      expect(actions).toEqual([
        'volunteers.create',
        'volunteers.team_join',
        'volunteers.team_role',
        'volunteers.team_join',
        'volunteers.team_leave',
      ]);
    });
  });

  describe('trainings and qualifications', () => {
    it('records and removes them; a qualification past its expiry shows as expired', async () => {
      const volunteer = await registerVolunteer(coordinator, tree.stationId);
      const base = `/api/volunteers/${volunteer.id}`;
      const trained = await coordinator.post(`${base}/trainings`, {
        course: '志愿者通识培训',
        provider: '市义工联',
        trainedOn: '2026-03-01',
        hours: 2.5,
        result: '合格',
      });
      expect(trained.statusCode).toBe(201);
      expect(json(trained).trainings).toMatchObject([
        { course: '志愿者通识培训', hours: 2.5, trainedOn: '2026-03-01' },
      ]);

      // Today is 2026-11-23 in the tests' clock: a certificate ending the day before has expired, one ending today not.
      for (const [name, expiresOn] of [
        ['急救员证', '2026-11-22'],
        ['心理咨询师', '2026-11-23'],
        ['驾驶证', null],
      ] as const) {
        const response = await coordinator.post(`${base}/qualifications`, {
          name,
          certificateNo: 'C-001',
          issuedOn: '2020-01-01',
          expiresOn,
        });
        expect(response.statusCode, response.body).toBe(201);
      }
      const profile = json(await coordinator.get(base));
      expect(profile.qualifications.map((q: any) => [q.name, q.expired])).toEqual([
        ['急救员证', true],
        ['心理咨询师', false],
        ['驾驶证', false],
      ]);
      const backwards = await coordinator.post(`${base}/qualifications`, {
        name: '证书',
        issuedOn: '2026-01-02',
        expiresOn: '2026-01-01',
      });
      expect(json(backwards).code).toBe('validation.failed');
      expect(
        json(await coordinator.post(`${base}/trainings`, { course: '课', trainedOn: '2026-02-30', hours: 1 })).code,
      ).toBe('validation.failed');

      const trainingId = json(trained).trainings[0].id;
      expect(json(await coordinator.delete(`${base}/trainings/${trainingId}`)).trainings).toEqual([]);
      expect(json(await coordinator.delete(`${base}/trainings/${trainingId}`)).code).toBe(
        'volunteers.training_not_found',
      );
      const qualificationId = profile.qualifications[0].id;
      expect(json(await coordinator.delete(`${base}/qualifications/${qualificationId}`)).qualifications).toHaveLength(
        2,
      );
      expect(json(await coordinator.delete(`${base}/qualifications/${qualificationId}`)).code).toBe(
        'volunteers.qualification_not_found',
      );
      // Records of another volunteer are not reachable through this one.
      const other = await registerVolunteer(coordinator, tree.stationId);
      const otherQualification = json(await coordinator.get(base)).qualifications[0].id;
      expect(
        json(await coordinator.delete(`/api/volunteers/${other.id}/qualifications/${otherQualification}`)).code,
      ).toBe('volunteers.qualification_not_found');
    });
  });

  describe('extra fields with consent', () => {
    it('keeps a field only with a recorded consent, deletes it on withdrawal, and never audits the value', async () => {
      const volunteer = await registerVolunteer(coordinator, tree.stationId);
      const url = `/api/volunteers/${volunteer.id}/extra-fields/occupation`;
      const withoutConsent = await coordinator.put(url, { value: '教师' });
      expect(withoutConsent.statusCode).toBe(400);
      expect(json(withoutConsent)).toEqual({
        code: 'volunteers.consent_required',
        details: [{ path: 'body.consent' }],
      });
      const future = await coordinator.put(url, {
        value: '教师',
        consent: { method: 'paper', consentedAt: t.clock.now() + 86_400_000 },
      });
      expect(json(future).code).toBe('validation.failed');
      const set = await coordinator.put(url, {
        value: '教师',
        consent: { method: 'paper', consentedAt: t.clock.now() - 1000 },
      });
      expect(set.statusCode).toBe(200);
      expect(json(set).extraFields).toEqual([
        { field: 'occupation', value: '教师', consentedAt: t.clock.now() - 1000, consentMethod: 'paper' },
      ]);
      const replaced = await coordinator.put(url, { value: '退休教师', consent: { method: 'online' } });
      expect(json(replaced).extraFields).toEqual([
        { field: 'occupation', value: '退休教师', consentedAt: t.clock.now(), consentMethod: 'online' },
      ]);
      expect(json(await coordinator.put(`/api/volunteers/${volunteer.id}/extra-fields/religion`, {})).code).toBe(
        'validation.failed',
      );
      const withdrawn = await coordinator.delete(url);
      expect(json(withdrawn).extraFields).toEqual([]);
      expect(json(await coordinator.delete(url)).code).toBe('volunteers.extra_field_not_found');
      const rows = await t.db
        .selectFrom('volunteerExtraFields')
        .selectAll()
        .where('volunteerId', '=', volunteer.id)
        .execute();
      expect(rows).toEqual([]);
      const events = await auditTrailOf(t.db, volunteer.id);
      expect(events.map((event) => event.action)).toContain('volunteers.extra_field_withdraw');
      expect(events.map((event) => event.changes).join()).not.toContain('教师');
    });
  });

  describe('guardian consents', () => {
    const minorBirth = '2014-06-01';
    let minor: { id: string };

    beforeAll(async () => {
      minor = await registerVolunteer(coordinator, tree.stationId, { birthDate: minorBirth, gender: 'female' });
    });

    it('shows what the minors policy asks of a 12-year-old', async () => {
      const profile = json(await coordinator.get(`/api/volunteers/${minor.id}`));
      expect(profile.age).toBe(12);
      expect(profile.minor).toEqual({
        isMinor: true,
        forbidden: false,
        accompanied: false,
        guardianConsent: true,
        hasActiveConsent: false,
      });
    });

    it('records a consent with the guardian masked, covers activities with it, and revokes it', async () => {
      const guardianId = validResidentId('1984-04-04', 'female', 21);
      const response = await coordinator.post(`/api/volunteers/${minor.id}/guardian-consents`, {
        guardianName: '周母',
        relation: 'mother',
        phone: '13812345678',
        idType: 'resident_id',
        idNumber: guardianId,
        expiresOn: '2027-06-30',
        method: 'paper',
      });
      expect(response.statusCode, response.body).toBe(201);
      const [consent] = json(response).guardianConsents;
      expect(consent).toMatchObject({
        guardianName: '周母',
        relation: 'mother',
        phoneMasked: '138****5678',
        idType: 'resident_id',
        idNumberMasked: `331***********${guardianId.slice(-4)}`,
        scope: 'all',
        expiresOn: '2027-06-30',
        state: 'active',
        consentedAt: t.clock.now(),
      });
      expect(json(response).minor.hasActiveConsent).toBe(true);
      const row = await t.db
        .selectFrom('guardianConsents')
        .selectAll()
        .where('id', '=', consent.id)
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(row)).not.toContain('13812345678');
      expect(JSON.stringify(row)).not.toContain(guardianId.slice(0, 14));

      expect(await hasValidGuardianConsent(t.db, minor.id, null, '2026-12-01')).toBe(true);
      expect(await hasValidGuardianConsent(t.db, minor.id, newId(), '2027-06-30')).toBe(true);
      expect(await hasValidGuardianConsent(t.db, minor.id, newId(), '2027-07-01')).toBe(false);

      const revealed = await coordinator.post(`/api/volunteers/${minor.id}/guardian-consents/${consent.id}/reveal`, {
        field: 'phone',
      });
      expect(json(revealed)).toEqual({ value: '13812345678' });
      const [revealEvent] = await auditTrailOf(t.db, consent.id).then((events) =>
        events.filter((event) => event.action === 'guardian_consents.reveal'),
      );
      expect(revealEvent?.changes).not.toContain('13812345678');

      const revoked = await coordinator.post(`/api/volunteers/${minor.id}/guardian-consents/${consent.id}/revoke`);
      expect(json(revoked).guardianConsents[0]).toMatchObject({ state: 'revoked', revokedAt: t.clock.now() });
      expect(json(revoked).minor.hasActiveConsent).toBe(false);
      expect(await hasValidGuardianConsent(t.db, minor.id, null, '2026-12-01')).toBe(false);
      const again = await coordinator.post(`/api/volunteers/${minor.id}/guardian-consents/${consent.id}/revoke`);
      expect(json(again).code).toBe('volunteers.guardian_consent_revoked');
      const unknown = await coordinator.post(`/api/volunteers/${minor.id}/guardian-consents/${newId()}/revoke`);
      expect(json(unknown).code).toBe('volunteers.guardian_consent_not_found');
    });

    it('refuses bad guardian details, and an activity consent needs a real activity', async () => {
      const url = `/api/volunteers/${minor.id}/guardian-consents`;
      const body = { guardianName: '周父', relation: 'father', phone: '13812345679', method: 'in_person' };
      const wrongId = validResidentId('1980-01-01', 'male', 3);
      const cases: [Record<string, unknown>, string, unknown][] = [
        [{ phone: '12' }, 'volunteers.phone_invalid', [{ path: 'body.phone' }]],
        [
          { idType: 'resident_id', idNumber: wrongId.slice(0, 17) + (wrongId[17] === '1' ? '2' : '1') },
          'volunteers.id_number_invalid',
          [{ path: 'body.idNumber', problem: 'check_character' }],
        ],
        [{ idNumber: wrongId }, 'validation.failed', expect.anything()],
        [{ scope: 'activity' }, 'validation.failed', expect.anything()],
        [{ scope: 'activity', activityId: newId() }, 'activities.not_found', [{ path: 'body.activityId' }]],
        [{ consentedAt: t.clock.now() + 60_000 }, 'validation.failed', [{ path: 'body.consentedAt', issue: 'future' }]],
        [{ relation: 'neighbour' }, 'validation.failed', expect.anything()],
      ];
      for (const [fields, code, details] of cases) {
        const response = await coordinator.post(url, { ...body, ...fields });
        expect(json(response).code, JSON.stringify(fields)).toBe(code);
        expect(json(response).details).toEqual(details);
      }
    });

    it('lets only those who may reveal see a guardian number', async () => {
      const { client: socialWorker } = await addMemberWithNewUser(t.app, admin, tree.federationId, 'social_worker');
      const created = await coordinator.post(`/api/volunteers/${minor.id}/guardian-consents`, {
        guardianName: '周父',
        relation: 'father',
        phone: '13812340000',
        method: 'online',
      });
      const consent = json(created).guardianConsents.find((c: any) => c.guardianName === '周父');
      const url = `/api/volunteers/${minor.id}/guardian-consents/${consent.id}/reveal`;
      expect((await socialWorker.post(url, { field: 'phone' })).statusCode).toBe(403);
      const missing = await coordinator.post(url, { field: 'idNumber' });
      expect(json(missing)).toEqual({
        code: 'validation.failed',
        details: [{ path: 'body.field', issue: 'not_recorded' }],
      });
      expect(json(await socialWorker.post(`/api/volunteers/${minor.id}/guardian-consents`, { ...consent })).code).toBe(
        'validation.failed',
      );
    });
  });
});
