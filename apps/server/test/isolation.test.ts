import { type Permission, ROLE_PERMISSIONS, ROLES, type Role } from '@liandong/domain';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { newId } from '../src/lib/ids.ts';
import { countAuditEvents } from './db-reads.ts';
import { addMemberWithNewUser, createOrganization, STRONG_PASSWORD, setUpInstallation } from './factories.ts';
import { describeEachDialect } from './test-app.ts';
import { json, TestClient } from './test-client.ts';

/**
 * The isolation matrix: a member of organization A, in every role, can neither read nor change anything of its
 * sibling B. Each request about B is answered exactly as the same request about an id that does not exist — 404
 * where the role could act on its own subtree, the route's 403 where the role may not do that at all — so nothing
 * tells a member of A that B exists. Lists show A's subtree only.
 */
describeEachDialect('isolation between sibling organizations', (t) => {
  const members = new Map<Role, { client: TestClient; userId: string; username: string }>();
  let admin: TestClient;
  let a: { id: string; childId: string };
  let b: { id: string; childId: string; name: string; memberId: string; membershipId: string; username: string };
  let bAuditRows: number;

  beforeAll(async () => {
    const installation = await setUpInstallation(t.app);
    admin = installation.admin;
    const rootId = installation.rootOrganizationId;
    const orgA = await createOrganization(admin, rootId, { name: '甲机构' });
    const orgA1 = await createOrganization(admin, orgA.id, { name: '甲机构下属站' });
    const orgB = await createOrganization(admin, rootId, { name: '乙机构' });
    const orgB1 = await createOrganization(admin, orgB.id, { name: '乙机构下属站' });
    a = { id: orgA.id, childId: orgA1.id };
    const bMember = await addMemberWithNewUser(t.app, admin, orgB.id, 'staff', 'yi.member');
    b = {
      id: orgB.id,
      childId: orgB1.id,
      name: orgB.name,
      memberId: bMember.userId,
      membershipId: bMember.membership.id,
      username: bMember.username,
    };
    for (const role of ROLES) {
      const member = await addMemberWithNewUser(t.app, admin, orgA.id, role, `jia.${role.replaceAll('_', '.')}`);
      members.set(role, member);
    }
    bAuditRows = await countAuditAbout([b.id, b.childId, b.memberId, b.membershipId]);
  });

  const countAuditAbout = (ids: string[]) => countAuditEvents(t.db, ids);

  const grants = (role: Role, permission: Permission) => ROLE_PERMISSIONS[role].includes(permission);

  /** Sends the request about B and about a missing id; both must get the same coded answer, and the expected one. */
  async function expectNoLeak(
    send: (id: string) => Promise<LightMyRequestResponse>,
    ids: string[],
    expected: { status: number; code: string },
  ) {
    const missing = await send(newId());
    for (const id of ids) {
      const response = await send(id);
      expect({ status: response.statusCode, code: json(response).code }, `${id}: ${response.body}`).toEqual(expected);
    }
    expect({ status: missing.statusCode, code: json(missing).code }).toEqual(expected);
  }

  const denied = (role: Role, permission: Permission, code: string) =>
    grants(role, permission) ? { status: 404, code } : { status: 403, code: 'auth.forbidden' };

  for (const role of ROLES) {
    it(`${role} of A cannot read B`, async () => {
      const { client } = members.get(role)!;
      await expectNoLeak(
        (id) => client.get(`/api/organizations/${id}`),
        [b.id, b.childId],
        denied(role, 'organizations.read', 'organizations.not_found'),
      );
      await expectNoLeak(
        (id) => client.get(`/api/organizations/${id}/members`),
        [b.id, b.childId],
        denied(role, 'members.read', 'organizations.not_found'),
      );
    });

    it(`${role} of A sees only A's subtree in lists`, async () => {
      const { client } = members.get(role)!;
      const tree = json(await client.get('/api/organizations/tree'));
      expect(tree.items.map((node: any) => node.id)).toEqual([a.id, a.childId]);
      const list = json(await client.get('/api/organizations?pageSize=500'));
      expect(list.items.map((organization: any) => organization.id)).toEqual([a.id, a.childId]);
      expect(list.total).toBe(2);
      expect(json(await client.get(`/api/organizations?parentId=${b.id}`)).total).toBe(0);
      expect(json(await client.get(`/api/organizations?q=${encodeURIComponent(b.name)}`)).total).toBe(0);

      const users = await client.get('/api/users?pageSize=200');
      if (grants(role, 'members.read')) {
        const usernames = json(users).items.map((user: any) => user.username);
        expect(usernames).toHaveLength(ROLES.length);
        expect(usernames).not.toContain(b.username);
        expect(usernames).not.toContain('admin');
        expect(json(await client.get('/api/users?q=yi.member')).total).toBe(0);
      } else {
        expect(users.statusCode).toBe(403);
      }
    });

    it(`${role} of A cannot change B or anything in it`, async () => {
      const { client, userId } = members.get(role)!;
      const manageOrganizations = denied(role, 'organizations.manage', 'organizations.not_found');
      await expectNoLeak(
        (id) => client.patch(`/api/organizations/${id}`, { name: '被甲改名' }),
        [b.id, b.childId],
        manageOrganizations,
      );
      const parentMissing = denied(role, 'organizations.manage', 'organizations.parent_not_found');
      await expectNoLeak(
        (id) => client.post('/api/organizations', { parentId: id, name: '甲建在乙下', kind: 'other' }),
        [b.id, b.childId],
        parentMissing,
      );
      await expectNoLeak(
        (id) => client.patch(`/api/organizations/${a.childId}`, { parentId: id }),
        [b.id, b.childId],
        parentMissing,
      );

      const manageMembers = denied(role, 'members.manage', 'organizations.not_found');
      await expectNoLeak(
        (id) => client.post(`/api/organizations/${id}/members`, { userId, role: 'staff' }),
        [b.id, b.childId],
        manageMembers,
      );
      await expectNoLeak(
        (id) =>
          client.post(`/api/organizations/${id}/members/new-user`, {
            username: `jia.into.yi.${role.length}`,
            displayName: '甲塞进乙',
            password: STRONG_PASSWORD,
            role: 'staff',
          }),
        [b.id, b.childId],
        manageMembers,
      );
      await expectNoLeak(
        (id) => client.delete(`/api/organizations/${id}/members/${b.membershipId}`),
        [b.id],
        manageMembers,
      );
      // B's membership reached through A's own address is no more visible than a made-up one.
      await expectNoLeak(
        (id) => client.delete(`/api/organizations/${a.id}/members/${id}`),
        [b.membershipId],
        denied(role, 'members.manage', 'memberships.not_found'),
      );
      await expectNoLeak(
        (id) => client.post(`/api/organizations/${a.id}/members`, { userId: id, role: 'staff' }),
        [b.memberId],
        denied(role, 'members.manage', 'users.not_found'),
      );
      await expectNoLeak(
        (id) => client.post(`/api/users/${id}/reset-password`, { newPassword: 'Taken2026over' }),
        [b.memberId],
        denied(role, 'members.manage', 'users.not_found'),
      );
      await expectNoLeak(
        (id) => client.put('/api/auth/acting-organization', { organizationId: id }),
        [b.id, b.childId],
        { status: 404, code: 'auth.not_a_member' },
      );
    });
  }

  it('leaves B exactly as it was', async () => {
    const organization = json(await admin.get(`/api/organizations/${b.id}`));
    expect(organization).toMatchObject({ name: b.name, childCount: 1, memberCount: 1 });
    const child = json(await admin.get(`/api/organizations/${b.childId}`));
    expect(child).toMatchObject({ parentId: b.id, memberCount: 0 });
    const bMembers = json(await admin.get(`/api/organizations/${b.id}/members`)).items;
    expect(bMembers.map((membership: any) => membership.id)).toEqual([b.membershipId]);
    expect(json(await admin.get(`/api/organizations/${a.childId}`)).parentId).toBe(a.id);
    expect(await countAuditAbout([b.id, b.childId, b.memberId, b.membershipId])).toBe(bAuditRows);
    const bMember = new TestClient(t.app);
    await bMember.login(b.username, STRONG_PASSWORD);
    expect(json(await bMember.get('/api/auth/session')).actingOrganizationId).toBe(b.id);
  });
});
