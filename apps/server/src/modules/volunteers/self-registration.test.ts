import { defaultRegistrySettings } from '@liandong/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addMemberWithNewUser,
  createOrganization,
  STRONG_PASSWORD,
  setUpInstallation,
} from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, TestClient } from '../../../test/test-client.ts';
import {
  approveVolunteer,
  auditTrailOf,
  createFederationTree,
  type FederationTree,
  validResidentId,
  volunteerBody,
  volunteerUserClient,
} from '../../../test/volunteer-factories.ts';
import { newId } from '../../lib/ids.ts';

describeEachDialect('volunteer self-registration', (t) => {
  let admin: TestClient;
  let rootId: string;
  let tree: FederationTree;
  let coordinator: TestClient;

  beforeAll(async () => {
    ({ admin, rootOrganizationId: rootId } = await setUpInstallation(t.app));
    tree = await createFederationTree(admin);
    coordinator = (await addMemberWithNewUser(t.app, admin, tree.federationId, 'volunteer_coordinator')).client;
  });

  let usernames = 0;
  /** A self-registration body: an invented adult unless `overrides` say otherwise. */
  function signup(overrides: Record<string, unknown> = {}) {
    const { homeOrganizationId, ...body } = volunteerBody(tree.stationId, overrides);
    return { ...body, username: `self.reg${++usernames}`, password: STRONG_PASSWORD, consent: true };
  }

  describe('the public page', () => {
    it('describes a federation, station or team with its registry, skills and minors policy', async () => {
      const anonymous = new TestClient(t.app);
      const page = await anonymous.get(`/api/public/volunteer-signup/${tree.teamIds[0]}`);
      expect(page.statusCode).toBe(200);
      expect(json(page)).toMatchObject({
        organization: { id: tree.teamIds[0], kind: 'volunteer_team' },
        registry: { id: tree.federationId },
        open: true,
        skills: defaultRegistrySettings().skills,
        minorsPolicy: defaultRegistrySettings().minorsPolicy,
      });
      for (const id of [rootId, newId()]) {
        const response = await anonymous.get(`/api/public/volunteer-signup/${id}`);
        expect(response.statusCode).toBe(404);
        expect(json(response).code).toBe('volunteers.registration_closed');
      }
    });
  });

  describe('registering', () => {
    it('creates a prospective volunteer and an account, signs them in, and shows the record as theirs', async () => {
      const person = new TestClient(t.app);
      const body = signup({ name: '林小雨', skills: ['photography'] });
      const response = await person.post(`/api/public/volunteer-signup/${tree.stationId}`, body);
      expect(response.statusCode, response.body).toBe(201);
      const created = json(response);
      expect(created).toMatchObject({
        name: '林小雨',
        status: 'prospective',
        registry: { id: tree.federationId },
        homeOrganization: { id: tree.stationId },
        skills: [{ code: 'photography', name: '摄影宣传' }],
        approvedHundredths: 0,
        teams: [],
      });
      expect(person.cookies.get('ld_session')).toBeTruthy();
      const session = json(await person.get('/api/auth/session'));
      expect(session.user).toMatchObject({ username: body.username, displayName: '林小雨', isPlatformAdmin: false });
      expect(session.memberships).toEqual([]);
      const mine = json(await person.get('/api/me/volunteer'));
      expect(mine.items).toEqual([created]);

      const profile = json(await coordinator.get(`/api/volunteers/${created.id}`));
      expect(profile).toMatchObject({ source: 'self_registered', account: { username: body.username } });
      const [event] = await auditTrailOf(t.db, created.id);
      expect(event).toMatchObject({ action: 'volunteers.self_register', userId: session.user.id });
      expect(JSON.parse(event!.changes!).privacyConsentAt.after).toBe(t.clock.now());

      // Approval makes them a volunteer of their station; the phone they registered on acts for it at once.
      await approveVolunteer(coordinator, created.id);
      const approved = json(await person.get('/api/auth/session'));
      expect(approved.actingOrganizationId).toBe(tree.stationId);
      expect(approved.memberships).toEqual([
        expect.objectContaining({ organizationId: tree.stationId, roles: ['volunteer'] }),
      ]);
      const again = new TestClient(t.app);
      expect((await again.login(body.username, STRONG_PASSWORD)).memberships).toEqual([
        expect.objectContaining({ organizationId: tree.stationId, roles: ['volunteer'] }),
      ]);
      expect(json(await again.get('/api/me/volunteer')).items[0].status).toBe('active');
    });

    it('gives a signed-in user without a volunteer record an empty list', async () => {
      expect(json(await coordinator.get('/api/me/volunteer'))).toEqual({ items: [] });
      expect((await new TestClient(t.app).get('/api/me/volunteer')).statusCode).toBe(401);
    });

    it('asks a guardian for a 12-year-old and records the consent with them', async () => {
      const child = { birthDate: '2014-03-15', gender: 'male' as const };
      const person = new TestClient(t.app);
      const without = await person.post(`/api/public/volunteer-signup/${tree.stationId}`, signup(child));
      expect(without.statusCode).toBe(400);
      expect(json(without)).toEqual({
        code: 'volunteers.guardian_consent_required',
        details: [{ path: 'body.guardian' }],
      });
      expect(person.cookies.get('ld_session')).toBeUndefined();

      const badGuardian = await person.post(`/api/public/volunteer-signup/${tree.stationId}`, {
        ...signup(child),
        guardian: { guardianName: '陈父', relation: 'father', phone: '555' },
      });
      expect(json(badGuardian)).toEqual({
        code: 'volunteers.phone_invalid',
        details: [{ path: 'body.guardian.phone' }],
      });

      const withGuardian = await person.post(`/api/public/volunteer-signup/${tree.stationId}`, {
        ...signup(child),
        guardian: {
          guardianName: '陈父',
          relation: 'father',
          phone: '13855556666',
          idType: 'resident_id',
          idNumber: validResidentId('1980-10-10', 'male', 31),
        },
      });
      expect(withGuardian.statusCode, withGuardian.body).toBe(201);
      const profile = json(await coordinator.get(`/api/volunteers/${json(withGuardian).id}`));
      expect(profile.age).toBe(12);
      expect(profile.minor).toMatchObject({ isMinor: true, guardianConsent: true, hasActiveConsent: true });
      expect(profile.guardianConsents).toMatchObject([
        { guardianName: '陈父', relation: 'father', phoneMasked: '138****6666', method: 'online', scope: 'all' },
      ]);
    });

    it('refuses a child the policy forbids, and keeps no guardian for an adult', async () => {
      const tooYoung = await new TestClient(t.app).post(`/api/public/volunteer-signup/${tree.stationId}`, {
        ...signup({ birthDate: '2021-01-01', gender: 'female' }),
        guardian: { guardianName: '母亲', relation: 'mother', phone: '13800001111' },
      });
      expect(json(tooYoung)).toEqual({ code: 'volunteers.under_minimum_age', details: [{ path: 'body.birthDate' }] });
      const adult = await new TestClient(t.app).post(`/api/public/volunteer-signup/${tree.stationId}`, {
        ...signup(),
        guardian: { guardianName: '母亲', relation: 'mother', phone: '13800001111' },
      });
      expect(adult.statusCode).toBe(201);
      expect(json(await coordinator.get(`/api/volunteers/${json(adult).id}`)).guardianConsents).toEqual([]);
    });

    it('answers a known ID number and a taken username without saying whose, creating nothing', async () => {
      const body = signup({ gender: 'female', birthDate: '1995-05-05' });
      expect(
        (await new TestClient(t.app).post(`/api/public/volunteer-signup/${tree.stationId}`, body)).statusCode,
      ).toBe(201);
      const users = async () =>
        Number(
          (
            await t.db
              .selectFrom('users')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await users();
      const sameId = await new TestClient(t.app).post(`/api/public/volunteer-signup/${tree.teamIds[1]}`, {
        ...body,
        username: 'another.name',
      });
      expect(sameId.statusCode).toBe(409);
      expect(json(sameId)).toEqual({ code: 'volunteers.already_registered' });
      const sameUsername = await new TestClient(t.app).post(`/api/public/volunteer-signup/${tree.stationId}`, {
        ...signup(),
        username: body.username,
      });
      expect(json(sameUsername)).toEqual({ code: 'users.username_taken', details: [{ path: 'body.username' }] });
      const weak = await new TestClient(t.app).post(`/api/public/volunteer-signup/${tree.stationId}`, {
        ...signup(),
        password: 'short',
      });
      expect(json(weak).code).toBe('auth.password_too_weak');
      const noConsent = await new TestClient(t.app).post(`/api/public/volunteer-signup/${tree.stationId}`, {
        ...signup(),
        consent: false,
      });
      expect(json(noConsent).code).toBe('validation.failed');
      expect(await users()).toBe(before);
    });

    it('is closed when the registry closes self-registration', async () => {
      const closedTree = await createFederationTree(admin);
      const settings = { ...defaultRegistrySettings(), selfRegistrationOpen: false };
      expect(
        (await admin.put(`/api/volunteer-registries/${closedTree.federationId}/settings`, settings)).statusCode,
      ).toBe(200);
      const page = await new TestClient(t.app).get(`/api/public/volunteer-signup/${closedTree.stationId}`);
      expect(json(page).open).toBe(false);
      const { homeOrganizationId, ...body } = volunteerBody(closedTree.stationId);
      const response = await new TestClient(t.app).post(`/api/public/volunteer-signup/${closedTree.stationId}`, {
        ...body,
        username: 'closed.reg',
        password: STRONG_PASSWORD,
        consent: true,
      });
      expect(response.statusCode).toBe(404);
      expect(json(response).code).toBe('volunteers.registration_closed');
    });

    it('refuses an address that has registered too often within the hour, writing nothing, and no other address', async () => {
      // Two hundred registrations from one address this hour, as the count would stand after them.
      const lockedUntil = t.clock.now() + 3_600_000;
      await t.db
        .insertInto('loginThrottle')
        .values({ key: 'signup:203.0.113.9', failures: 200, firstFailureAt: t.clock.now(), lockedUntil })
        .execute();
      const crowded = new TestClient(t.app, { remoteAddress: '203.0.113.9' });
      const refused = await crowded.post(`/api/public/volunteer-signup/${tree.stationId}`, signup({ name: '赵一帆' }));
      expect(refused.statusCode).toBe(429);
      expect(json(refused)).toMatchObject({ code: 'volunteers.registration_rate_limited', details: { lockedUntil } });
      const written = await t.db.selectFrom('volunteers').select('id').where('name', '=', '赵一帆').execute();
      expect(written).toEqual([]);

      const elsewhere = new TestClient(t.app, { remoteAddress: '198.51.100.7' });
      const accepted = await elsewhere.post(
        `/api/public/volunteer-signup/${tree.stationId}`,
        signup({ name: '赵二帆' }),
      );
      expect(accepted.statusCode, accepted.body).toBe(201);
    });

    it('makes a ready signed-in volunteer for other tests', async () => {
      const { client, volunteerId } = await volunteerUserClient(t.app, tree.teamIds[0], { approver: coordinator });
      const mine = json(await client.get('/api/me/volunteer')).items;
      expect(mine).toMatchObject([{ id: volunteerId, status: 'active', homeOrganization: { id: tree.teamIds[0] } }]);
    });
  });

  describe('registry settings', () => {
    it('answers any organization with its registry, and round-trips a change', async () => {
      const view = json(await coordinator.get(`/api/volunteer-registries/${tree.teamIds[0]}/settings`));
      expect(view).toEqual({
        registry: { id: tree.federationId, name: expect.any(String) },
        settings: defaultRegistrySettings(),
      });
      const changed = {
        ...defaultRegistrySettings(),
        localNoPrefix: 'WL',
        skills: [...defaultRegistrySettings().skills, { code: 'calligraphy', name: '书法' }],
        minorsPolicy: [{ underAge: 16, rule: 'guardian_consent' }],
        fteHoursDivisor: 2000,
      };
      const saved = await coordinator.put(`/api/volunteer-registries/${tree.stationId}/settings`, changed);
      expect(saved.statusCode, saved.body).toBe(200);
      expect(json(saved).settings).toEqual(changed);
      expect(json(await coordinator.get(`/api/volunteer-registries/${tree.federationId}/settings`)).settings).toEqual(
        changed,
      );
      const [event] = (await auditTrailOf(t.db, tree.federationId)).filter(
        (e) => e.action === 'volunteer_registries.update',
      );
      expect(JSON.parse(event!.changes!).localNoPrefix).toEqual({ before: 'V', after: 'WL' });

      // The new rules apply: prefix, skills, and the minors policy.
      const { homeOrganizationId, ...body } = volunteerBody(tree.stationId, {
        skills: ['calligraphy'],
        birthDate: '2011-01-01',
        gender: 'female',
      });
      const response = await new TestClient(t.app).post(`/api/public/volunteer-signup/${tree.stationId}`, {
        ...body,
        username: 'wl.first',
        password: STRONG_PASSWORD,
        consent: true,
      });
      expect(json(response).code).toBe('volunteers.guardian_consent_required');
      const profile = json(
        await coordinator.post('/api/volunteers', {
          ...body,
          homeOrganizationId: tree.stationId,
          birthDate: '1990-01-01',
          idNumber: validResidentId('1990-01-01', 'female', 88),
        }),
      );
      expect(profile.localNo).toMatch(/^WL\d{6}$/);
      expect(profile.skillDetails).toEqual([{ code: 'calligraphy', name: '书法' }]);
      await coordinator.put(`/api/volunteer-registries/${tree.stationId}/settings`, defaultRegistrySettings());
    });

    it('refuses invalid settings and changes by anyone but the registry root’s configurers', async () => {
      const url = `/api/volunteer-registries/${tree.federationId}/settings`;
      const defaults = defaultRegistrySettings();
      const invalid: Record<string, unknown>[] = [
        { skills: [...defaults.skills, { code: defaults.skills[0]!.code, name: '重复' }] },
        { skills: [{ code: 'Bad Code', name: 'x' }] },
        { localNoPrefix: 'lower' },
        { minorsPolicy: [{ underAge: 30, rule: 'forbidden' }] },
        { checkinOpensMin: -1 },
        { fteHoursDivisor: 0 },
      ];
      for (const fields of invalid) {
        const response = await coordinator.put(url, { ...defaults, ...fields });
        expect(response.statusCode, JSON.stringify(fields)).toBe(400);
        expect(json(response).code).toBe('validation.failed');
      }
      const { client: stationCoordinator } = await addMemberWithNewUser(
        t.app,
        admin,
        tree.stationId,
        'volunteer_coordinator',
      );
      expect(json(await stationCoordinator.get(url.replace(tree.federationId, tree.stationId))).registry.id).toBe(
        tree.federationId,
      );
      const fromStation = await stationCoordinator.put(url.replace(tree.federationId, tree.stationId), defaults);
      expect(fromStation.statusCode).toBe(403);
      const { client: staff } = await addMemberWithNewUser(t.app, admin, tree.federationId, 'staff');
      expect(json(await staff.put(url, defaults)).code).toBe('auth.forbidden');
      const agency = await createOrganization(admin, rootId, { name: '自有义工的机构' });
      const own = json(await admin.get(`/api/volunteer-registries/${agency.id}/settings`));
      expect(own.registry.id).toBe(agency.id);
      expect(json(await admin.get(`/api/volunteer-registries/${newId()}/settings`)).code).toBe(
        'volunteers.registry_not_found',
      );
    });
  });
});
