import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEventsAbout } from '../../../test/db-reads.ts';
import {
  ADMIN,
  addMemberWithNewUser,
  createOrganization,
  STRONG_PASSWORD,
  setUpInstallation,
} from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, TestClient } from '../../../test/test-client.ts';
import { newId } from '../../lib/ids.ts';

describeEachDialect('memberships', (t) => {
  let admin: TestClient;
  let rootId: string;

  beforeAll(async () => {
    ({ admin, rootOrganizationId: rootId } = await setUpInstallation(t.app));
  });

  const auditOf = (entityId: string) => auditEventsAbout(t.db, entityId);

  describe('adding a member by creating their account', () => {
    it('creates the user and the membership together, with the password hash redacted in the audit trail', async () => {
      const organization = await createOrganization(admin, rootId, { name: '新成员机构' });
      const response = await admin.post(`/api/organizations/${organization.id}/members/new-user`, {
        username: 'Zhang.Wei',
        displayName: '张伟',
        password: STRONG_PASSWORD,
        role: 'social_worker',
      });
      expect(response.statusCode).toBe(201);
      const membership = json(response);
      expect(membership).toMatchObject({
        username: 'zhang.wei',
        displayName: '张伟',
        organizationId: organization.id,
        role: 'social_worker',
      });

      const member = new TestClient(t.app);
      const session = await member.login('zhang.wei', STRONG_PASSWORD);
      expect(session.actingOrganizationId).toBe(organization.id);
      expect(session.permissions).toContain('members.read');

      const userEvents = await auditOf(membership.userId);
      const created = userEvents.find((event) => event.action === 'users.create')!;
      expect(created.scopePath).toContain(organization.id);
      const changes = JSON.parse(created.changes!);
      expect(changes.username.after).toBe('zhang.wei');
      expect(changes.passwordHash.after).toBe('[redacted]');
      expect(created.changes).not.toContain('argon2');
      const [membershipEvent] = await auditOf(membership.id);
      expect(membershipEvent).toMatchObject({ action: 'memberships.create' });
      expect(JSON.parse(membershipEvent!.changes!).role.after).toBe('social_worker');
    });

    it('refuses a weak password, a taken username and bad fields, creating nobody', async () => {
      const organization = await createOrganization(admin, rootId);
      const url = `/api/organizations/${organization.id}/members/new-user`;
      const body = { username: 'li.na', displayName: '李娜', password: STRONG_PASSWORD, role: 'staff' };
      const cases: [Record<string, unknown>, number, string][] = [
        [{ password: 'short1' }, 400, 'auth.password_too_weak'],
        [{ password: 'onlyletterslong' }, 400, 'auth.password_too_weak'],
        [{ password: 'li.na2026abcd' }, 400, 'auth.password_too_weak'],
        [{ username: ADMIN.username }, 409, 'users.username_taken'],
        [{ username: 'ADMIN' }, 409, 'users.username_taken'],
        [{ username: '中文名' }, 400, 'validation.failed'],
        [{ role: 'king' }, 400, 'validation.failed'],
        [{ displayName: '' }, 400, 'validation.failed'],
      ];
      for (const [fields, status, code] of cases) {
        const response = await admin.post(url, { ...body, ...fields });
        expect(response.statusCode, JSON.stringify(fields)).toBe(status);
        expect(json(response).code, JSON.stringify(fields)).toBe(code);
      }
      expect(json(await admin.get(`/api/organizations/${organization.id}/members`)).items).toEqual([]);
      const unknown = await admin.post(`/api/organizations/${newId()}/members/new-user`, body);
      expect(unknown.statusCode).toBe(404);
      expect(json(unknown).code).toBe('organizations.not_found');
      expect(json(await admin.get('/api/users?q=li.na')).total).toBe(0);
    });
  });

  describe('adding an existing user', () => {
    it('gives another role or organization, refuses a duplicate and unknown users', async () => {
      const first = await createOrganization(admin, rootId, { name: '第一机构' });
      const second = await createOrganization(admin, rootId, { name: '第二机构' });
      const { userId } = await addMemberWithNewUser(t.app, admin, first.id, 'volunteer');

      const added = await admin.post(`/api/organizations/${second.id}/members`, { userId, role: 'staff' });
      expect(added.statusCode).toBe(201);
      expect(json(added)).toMatchObject({ userId, organizationId: second.id, role: 'staff' });
      const anotherRole = await admin.post(`/api/organizations/${first.id}/members`, {
        userId,
        role: 'volunteer_coordinator',
      });
      expect(anotherRole.statusCode).toBe(201);

      const duplicate = await admin.post(`/api/organizations/${first.id}/members`, { userId, role: 'volunteer' });
      expect(duplicate.statusCode).toBe(409);
      expect(json(duplicate).code).toBe('memberships.duplicate');
      const unknownUser = await admin.post(`/api/organizations/${first.id}/members`, {
        userId: newId(),
        role: 'staff',
      });
      expect(unknownUser.statusCode).toBe(404);
      expect(json(unknownUser).code).toBe('users.not_found');

      const members = json(await admin.get(`/api/organizations/${first.id}/members`)).items;
      expect(members.map((m: any) => m.role)).toEqual(['volunteer', 'volunteer_coordinator']);
      expect(json(await admin.get(`/api/organizations/${first.id}`)).memberCount).toBe(1);
    });

    it('lets an organization administrator add only users already within their subtree', async () => {
      const mine = await createOrganization(admin, rootId, { name: '本机构' });
      const child = await createOrganization(admin, mine.id, { name: '本机构下级' });
      const elsewhere = await createOrganization(admin, rootId, { name: '别处机构' });
      const { client: orgAdmin } = await addMemberWithNewUser(t.app, admin, mine.id, 'org_admin');
      const { userId: colleague } = await addMemberWithNewUser(t.app, admin, mine.id, 'staff');
      const { userId: stranger } = await addMemberWithNewUser(t.app, admin, elsewhere.id, 'staff');

      const ok = await orgAdmin.post(`/api/organizations/${child.id}/members`, {
        userId: colleague,
        role: 'volunteer',
      });
      expect(ok.statusCode).toBe(201);
      const refused = await orgAdmin.post(`/api/organizations/${child.id}/members`, {
        userId: stranger,
        role: 'staff',
      });
      expect(refused.statusCode).toBe(404);
      expect(json(refused).code).toBe('users.not_found');
    });
  });

  describe('removing a member', () => {
    it('removes a membership of that organization only, and records it', async () => {
      const organization = await createOrganization(admin, rootId);
      const other = await createOrganization(admin, rootId);
      const { membership, client: member } = await addMemberWithNewUser(t.app, admin, organization.id, 'staff');

      const wrongOrganization = await admin.delete(`/api/organizations/${other.id}/members/${membership.id}`);
      expect(wrongOrganization.statusCode).toBe(404);
      expect(json(wrongOrganization).code).toBe('memberships.not_found');
      expect((await admin.delete(`/api/organizations/${organization.id}/members/${newId()}`)).statusCode).toBe(404);

      const removed = await admin.delete(`/api/organizations/${organization.id}/members/${membership.id}`);
      expect(removed.statusCode).toBe(200);
      expect(json(removed)).toEqual({ ok: true });
      expect(json(await admin.get(`/api/organizations/${organization.id}/members`)).items).toEqual([]);
      const [event] = (await auditOf(membership.id)).filter((e) => e.action === 'memberships.delete');
      expect(JSON.parse(event!.changes!).role).toEqual({ before: 'staff', after: null });
      // The removed member's roles there end at once: their next request has no permission left.
      expect((await member.get(`/api/organizations/${organization.id}`)).statusCode).toBe(403);
    });

    it("keeps the acting organization's last administrator unless a platform administrator removes them", async () => {
      const organization = await createOrganization(admin, rootId, { name: '管理员机构' });
      const first = await addMemberWithNewUser(t.app, admin, organization.id, 'org_admin');
      const second = await addMemberWithNewUser(t.app, admin, organization.id, 'org_admin');

      const url = (id: string) => `/api/organizations/${organization.id}/members/${id}`;
      expect((await first.client.delete(url(second.membership.id))).statusCode).toBe(200);
      const last = await first.client.delete(url(first.membership.id));
      expect(last.statusCode).toBe(409);
      expect(json(last).code).toBe('memberships.last_admin');

      // An administrator above may remove a child's last administrator: they still administer it.
      const child = await createOrganization(first.client, organization.id);
      const childAdmin = await addMemberWithNewUser(t.app, first.client, child.id, 'org_admin');
      expect(
        (await first.client.delete(`/api/organizations/${child.id}/members/${childAdmin.membership.id}`)).statusCode,
      ).toBe(200);

      expect((await admin.delete(url(first.membership.id))).statusCode).toBe(200);
      expect(json(await admin.get(`/api/organizations/${organization.id}/members`)).items).toEqual([]);
    });

    it('keeps one administrator when the last two are removed at the same moment', async () => {
      const organization = await createOrganization(admin, rootId, { name: '并发管理员机构' });
      const first = await addMemberWithNewUser(t.app, admin, organization.id, 'org_admin');
      const second = await addMemberWithNewUser(t.app, admin, organization.id, 'org_admin');
      let removal: Promise<LightMyRequestResponse> | undefined;
      // Another removal, mid-transaction: it holds the organization's row, as every membership removal does first,
      // and has taken the second administrator out without committing yet.
      await t.db.transaction().execute(async (trx) => {
        await sql`update organizations set updated_at = updated_at where id = ${organization.id}`.execute(trx);
        await trx.deleteFrom('memberships').where('id', '=', second.membership.id).execute();
        removal = second.client.delete(`/api/organizations/${organization.id}/members/${first.membership.id}`);
        await new Promise((resolve) => setTimeout(resolve, 300));
      });
      // Refused as the last administrator (409), or on SQLite, where the request waits for the whole transaction,
      // as someone who no longer administers anything there (403).
      expect([403, 409]).toContain((await removal!).statusCode);
      const members = json(await admin.get(`/api/organizations/${organization.id}/members`)).items;
      expect(members.map((member: any) => member.id)).toEqual([first.membership.id]);
    });

    it('refuses member changes to roles without members.manage', async () => {
      const organization = await createOrganization(admin, rootId);
      const { client: worker, membership } = await addMemberWithNewUser(t.app, admin, organization.id, 'social_worker');
      expect((await worker.get(`/api/organizations/${organization.id}/members`)).statusCode).toBe(200);
      for (const response of [
        await worker.delete(`/api/organizations/${organization.id}/members/${membership.id}`),
        await worker.post(`/api/organizations/${organization.id}/members`, {
          userId: membership.userId,
          role: 'staff',
        }),
      ]) {
        expect(response.statusCode).toBe(403);
        expect(json(response).code).toBe('auth.forbidden');
      }
      const { client: volunteer } = await addMemberWithNewUser(t.app, admin, organization.id, 'volunteer');
      expect(json(await volunteer.get(`/api/organizations/${organization.id}/members`)).code).toBe('auth.forbidden');
    });
  });
});
