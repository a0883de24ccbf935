import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, addMemberWithNewUser, createOrganization, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, TestClient } from '../../../test/test-client.ts';
import { newId } from '../../lib/ids.ts';

const NEW_PASSWORD = 'Reset2026secret';

describeEachDialect('users', (t) => {
  let admin: TestClient;
  let rootId: string;

  beforeAll(async () => {
    ({ admin, rootOrganizationId: rootId } = await setUpInstallation(t.app));
  });

  const canSignIn = async (username: string, password: string) =>
    (await new TestClient(t.app).post('/api/auth/login', { username, password })).statusCode === 200;

  describe('list', () => {
    it('shows a platform administrator everyone and others only the members of their subtree', async () => {
      const top = await createOrganization(admin, rootId, { name: '用户列表机构' });
      const child = await createOrganization(admin, top.id);
      const other = await createOrganization(admin, rootId);
      const { client: coordinator, username: coordinatorName } = await addMemberWithNewUser(
        t.app,
        admin,
        top.id,
        'volunteer_coordinator',
        'coordinator.one',
      );
      const { username: childMember } = await addMemberWithNewUser(t.app, admin, child.id, 'volunteer', 'wang.fang');
      const { username: stranger } = await addMemberWithNewUser(t.app, admin, other.id, 'staff', 'wang.stranger');

      const everyone = json(await admin.get('/api/users?pageSize=200'));
      expect(everyone.items.map((u: any) => u.username)).toEqual(
        expect.arrayContaining([ADMIN.username, coordinatorName, childMember, stranger]),
      );
      expect(everyone.items.find((u: any) => u.username === ADMIN.username)).toMatchObject({
        isPlatformAdmin: true,
        status: 'active',
      });
      expect(everyone.items[0]).not.toHaveProperty('passwordHash');

      const scoped = json(await coordinator.get('/api/users'));
      expect(scoped.items.map((u: any) => u.username)).toEqual([coordinatorName, childMember]);
      expect(scoped.total).toBe(2);

      const search = json(await admin.get('/api/users?q=WANG'));
      expect(search.items.map((u: any) => u.username)).toEqual(['wang.fang', 'wang.stranger']);
      expect(json(await admin.get(`/api/users?q=${encodeURIComponent('成员')}`)).total).toBeGreaterThan(0);
      expect(json(await coordinator.get('/api/users?q=stranger')).total).toBe(0);
      const paged = json(await admin.get('/api/users?q=wang&page=2&pageSize=1'));
      expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1 });
      expect(paged.items.map((u: any) => u.username)).toEqual(['wang.stranger']);

      const { client: volunteer } = await addMemberWithNewUser(t.app, admin, top.id, 'volunteer');
      expect(json(await volunteer.get('/api/users')).code).toBe('auth.forbidden');
    });
  });

  describe('reset password', () => {
    it("lets a platform administrator reset anyone's password and ends their sessions", async () => {
      const organization = await createOrganization(admin, rootId);
      const { client: member, username, userId } = await addMemberWithNewUser(t.app, admin, organization.id, 'staff');

      const response = await admin.post(`/api/users/${userId}/reset-password`, { newPassword: NEW_PASSWORD });
      expect(response.statusCode).toBe(200);
      expect(json(response)).toEqual({ ok: true });
      expect((await member.get('/api/auth/session')).statusCode).toBe(401);
      expect(await canSignIn(username, NEW_PASSWORD)).toBe(true);

      const event = await t.db
        .selectFrom('auditEvents')
        .selectAll()
        .where('entityId', '=', userId)
        .where('action', '=', 'users.reset_password')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(event.changes!)).toEqual({ passwordHash: { before: '[redacted]', after: '[redacted]' } });
      expect(event.scopePath).toBe(`/${rootId}/${organization.id}/`);
    });

    it('files the reset of someone in two separate trees for platform administrators alone', async () => {
      const otherRoot = await createOrganization(admin, null, { name: '另一棵树' });
      const { userId } = await addMemberWithNewUser(t.app, admin, rootId, 'staff');
      await admin.post(`/api/organizations/${otherRoot.id}/members`, { userId, role: 'staff' });
      const response = await admin.post(`/api/users/${userId}/reset-password`, { newPassword: NEW_PASSWORD });
      expect(response.statusCode).toBe(200);
      const event = await t.db
        .selectFrom('auditEvents')
        .select('scopePath')
        .where('entityId', '=', userId)
        .where('action', '=', 'users.reset_password')
        .executeTakeFirstOrThrow();
      expect(event.scopePath).toBeNull();
    });

    it('refuses weak passwords, unknown users and oneself', async () => {
      const organization = await createOrganization(admin, rootId);
      const { userId, username } = await addMemberWithNewUser(t.app, admin, organization.id, 'staff');
      const weak = await admin.post(`/api/users/${userId}/reset-password`, { newPassword: 'weak' });
      expect(weak.statusCode).toBe(400);
      expect(json(weak).code).toBe('auth.password_too_weak');
      const containsName = await admin.post(`/api/users/${userId}/reset-password`, {
        newPassword: `${username}2026abc`,
      });
      expect(json(containsName).code).toBe('auth.password_too_weak');
      const unknown = await admin.post(`/api/users/${newId()}/reset-password`, { newPassword: NEW_PASSWORD });
      expect(unknown.statusCode).toBe(404);
      expect(json(unknown).code).toBe('users.not_found');
      const self = json(await admin.get('/api/auth/session')).user.id;
      const own = await admin.post(`/api/users/${self}/reset-password`, { newPassword: NEW_PASSWORD });
      expect(own.statusCode).toBe(403);
      expect(json(own).code).toBe('auth.forbidden');
      expect(await canSignIn(ADMIN.username, ADMIN.password)).toBe(true);
    });

    it('lets an organization administrator reset only users who belong to their subtree alone', async () => {
      const top = await createOrganization(admin, rootId, { name: '重置机构' });
      const child = await createOrganization(admin, top.id);
      const elsewhere = await createOrganization(admin, rootId);
      const { client: orgAdmin } = await addMemberWithNewUser(t.app, admin, top.id, 'org_admin');
      const inside = await addMemberWithNewUser(t.app, admin, child.id, 'volunteer');
      const straddling = await addMemberWithNewUser(t.app, admin, child.id, 'staff');
      await admin.post(`/api/organizations/${elsewhere.id}/members`, { userId: straddling.userId, role: 'staff' });
      const adminId = json(await admin.get('/api/auth/session')).user.id;
      await admin.post(`/api/organizations/${child.id}/members`, { userId: adminId, role: 'staff' });

      const ok = await orgAdmin.post(`/api/users/${inside.userId}/reset-password`, { newPassword: NEW_PASSWORD });
      expect(ok.statusCode).toBe(200);
      expect(await canSignIn(inside.username, NEW_PASSWORD)).toBe(true);

      for (const userId of [straddling.userId, adminId]) {
        const refused = await orgAdmin.post(`/api/users/${userId}/reset-password`, { newPassword: NEW_PASSWORD });
        expect(refused.statusCode).toBe(404);
        expect(json(refused).code).toBe('users.not_found');
      }
      expect(await canSignIn(straddling.username, NEW_PASSWORD)).toBe(false);
      expect(await canSignIn(ADMIN.username, ADMIN.password)).toBe(true);

      const { client: worker } = await addMemberWithNewUser(t.app, admin, top.id, 'social_worker');
      const forbidden = await worker.post(`/api/users/${inside.userId}/reset-password`, { newPassword: NEW_PASSWORD });
      expect(forbidden.statusCode).toBe(403);
      expect(json(forbidden).code).toBe('auth.forbidden');
    });
  });
});
