import { describe, expect, it } from 'vitest';
import { ADMIN, addMemberWithNewUser, createOrganization, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, TestClient } from '../../../test/test-client.ts';

describeEachDialect('setup and sign-in', (t) => {
  describe('setup', () => {
    it('reports setup as not done on an empty database', async () => {
      const response = await new TestClient(t.app).get('/api/setup/status');
      expect(json(response)).toEqual({ setupDone: false });
    });

    it('refuses a weak password and writes nothing', async () => {
      const client = new TestClient(t.app);
      const response = await client.post('/api/setup', {
        admin: { ...ADMIN, password: 'short' },
        organization: { name: '测试机构', kind: 'social_work_agency' },
      });
      expect(response.statusCode).toBe(400);
      expect(json(response).code).toBe('auth.password_too_weak');
      expect(json(await client.get('/api/setup/status'))).toEqual({ setupDone: false });
    });

    it('creates the first administrator and organization, then refuses a second setup', async () => {
      const { admin, rootOrganizationId } = await setUpInstallation(t.app);
      expect(rootOrganizationId).toBeTruthy();
      const session = json(await admin.get('/api/auth/session'));
      expect(session.user).toMatchObject({ username: 'admin', isPlatformAdmin: true });
      expect(session.memberships).toEqual([
        {
          organizationId: rootOrganizationId,
          organizationName: '阳光社会工作服务中心',
          organizationShortName: null,
          organizationKind: 'social_work_agency',
          roles: ['org_admin'],
        },
      ]);

      const again = await new TestClient(t.app).post('/api/setup', {
        admin: { username: 'other', displayName: '另一个', password: 'Another2026pass' },
        organization: { name: '另一机构', kind: 'other' },
      });
      expect(again.statusCode).toBe(409);
      expect(json(again).code).toBe('setup.already_done');
    });
  });

  describe('setup audit', () => {
    it('records the administrator, the organization and the membership it created, as done by that administrator', async () => {
      const events = await t.db
        .selectFrom('auditEvents')
        .selectAll()
        .where('action', 'in', ['setup.complete', 'users.create', 'organizations.create', 'memberships.create'])
        .orderBy('id')
        .execute();
      expect(events.map((event) => event.action).sort()).toEqual(
        ['memberships.create', 'organizations.create', 'setup.complete', 'users.create'].sort(),
      );
      const admin = events.find((event) => event.action === 'users.create')!;
      expect(events.every((event) => event.userId === admin.entityId)).toBe(true);
      const changes = JSON.parse(admin.changes!);
      expect(changes).toMatchObject({ username: { after: 'admin' }, isPlatformAdmin: { after: 1 } });
      expect(changes.passwordHash.after).toBe('[redacted]');
      const membership = events.find((event) => event.action === 'memberships.create')!;
      expect(JSON.parse(membership.changes!).role.after).toBe('org_admin');
    });
  });

  describe('sign-in', () => {
    it('refuses a wrong password, then locks the account after repeated failures', async () => {
      const client = new TestClient(t.app);
      const wrong = await client.post('/api/auth/login', { username: 'admin', password: 'wrong-password-1' });
      expect(wrong.statusCode).toBe(401);
      expect(json(wrong).code).toBe('auth.invalid_credentials');
      for (let i = 0; i < 4; i++)
        await client.post('/api/auth/login', { username: 'admin', password: 'wrong-password-1' });
      const locked = await client.post('/api/auth/login', { username: 'admin', password: ADMIN.password });
      expect(locked.statusCode).toBe(429);
      expect(json(locked).code).toBe('auth.locked');
      t.clock.advance(16 * 60_000);
      expect((await client.post('/api/auth/login', { username: 'admin', password: ADMIN.password })).statusCode).toBe(
        200,
      );
    });

    it('refuses a write without the CSRF token', async () => {
      const client = new TestClient(t.app);
      await client.login(ADMIN.username, ADMIN.password);
      const response = await client.request('POST', '/api/auth/logout', {}, { 'x-csrf-token': 'forged' });
      expect(response.statusCode).toBe(403);
      expect(json(response).code).toBe('auth.csrf_invalid');
    });

    it('ends the session on sign-out and after the idle timeout', async () => {
      const client = new TestClient(t.app);
      await client.login(ADMIN.username, ADMIN.password);
      expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
      expect((await client.get('/api/auth/session')).statusCode).toBe(401);

      await client.login(ADMIN.username, ADMIN.password);
      t.clock.advance(121 * 60_000);
      const idle = await client.get('/api/auth/session');
      expect(idle.statusCode).toBe(401);
      expect(json(idle).code).toBe('auth.unauthenticated');
    });

    it('changes the password with the current one and signs out other sessions', async () => {
      const first = new TestClient(t.app);
      const second = new TestClient(t.app);
      await first.login(ADMIN.username, ADMIN.password);
      await second.login(ADMIN.username, ADMIN.password);
      const wrong = await first.post('/api/auth/password', {
        currentPassword: 'nope-nope-1',
        newPassword: 'Changed2026pass',
      });
      expect(json(wrong).code).toBe('auth.wrong_password');
      const weak = await first.post('/api/auth/password', { currentPassword: ADMIN.password, newPassword: 'abc' });
      expect(json(weak).code).toBe('auth.password_too_weak');
      const changed = await first.post('/api/auth/password', {
        currentPassword: ADMIN.password,
        newPassword: 'Changed2026pass',
      });
      expect(changed.statusCode).toBe(200);
      expect((await first.get('/api/auth/session')).statusCode).toBe(200);
      expect((await second.get('/api/auth/session')).statusCode).toBe(401);
      await first.post('/api/auth/password', { currentPassword: 'Changed2026pass', newPassword: ADMIN.password });
    });
  });

  describe('session', () => {
    it("names each membership's organization by its short name when it has one", async () => {
      const admin = new TestClient(t.app);
      const { actingOrganizationId } = await admin.login(ADMIN.username, ADMIN.password);
      const station = await createOrganization(admin, actingOrganizationId as string, {
        name: '太平街道社会工作服务站',
        shortName: '太平服务站',
        kind: 'service_station',
      });
      const member = await addMemberWithNewUser(t.app, admin, station.id, 'staff');
      expect(json(await member.client.get('/api/auth/session')).memberships).toEqual([
        {
          organizationId: station.id,
          organizationName: '太平街道社会工作服务站',
          organizationShortName: '太平服务站',
          organizationKind: 'service_station',
          roles: ['staff'],
        },
      ]);
    });
  });
});
