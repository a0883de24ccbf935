import { beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, setUpInstallation } from '../../../test/factories.ts';
import { seedMember, seedOrganization } from '../../../test/seed.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, TestClient } from '../../../test/test-client.ts';

const WENLING = '331081';

interface Listed {
  id: string;
  occurredAt: number;
  action: string;
  entityId: string | null;
  userId: string | null;
  actingOrganizationId: string | null;
}

describeEachDialect('audit log', (t) => {
  let platformAdmin: TestClient;
  type Member = 'rootAdmin' | 'adminA' | 'adminA1' | 'adminB' | 'staffA';
  const clients = {} as Record<Member, TestClient>;
  const userIds = {} as Record<Member, string>;
  const organizations = {} as Record<'root' | 'a' | 'a1' | 'b', string>;
  const streets = {} as Record<'adminA' | 'adminA1' | 'adminB', string>;
  let startedAt: number;

  const signIn = async (username: string) => {
    const client = new TestClient(t.app);
    await client.login(username, STRONG_PASSWORD);
    return client;
  };
  const list = async (client: TestClient, query = ''): Promise<Listed[]> => {
    const response = await client.get(`/api/audit-events${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return json(response).items;
  };
  const streetIdsIn = (events: Listed[]) =>
    events.filter((event) => event.action === 'streets.create').map((event) => event.entityId);

  // Root ─┬─ A ── A1
  //       └─ B
  beforeAll(async () => {
    const installation = await setUpInstallation(t.app);
    platformAdmin = installation.admin;
    const root = installation.rootOrganizationId;
    const a = await seedOrganization(t.db, root, '甲机构');
    const a1 = await seedOrganization(t.db, a.id, '甲一服务站');
    const b = await seedOrganization(t.db, root, '乙机构');
    Object.assign(organizations, { root, a: a.id, a1: a1.id, b: b.id });
    userIds.rootAdmin = await seedMember(t.db, root, 'root_admin', 'org_admin');
    userIds.adminA = await seedMember(t.db, a.id, 'admin_a', 'org_admin');
    userIds.adminA1 = await seedMember(t.db, a1.id, 'admin_a1', 'org_admin');
    userIds.adminB = await seedMember(t.db, b.id, 'admin_b', 'org_admin');
    userIds.staffA = await seedMember(t.db, a.id, 'staff_a', 'social_worker');
    const usernames: Record<Member, string> = {
      rootAdmin: 'root_admin',
      adminA: 'admin_a',
      adminA1: 'admin_a1',
      adminB: 'admin_b',
      staffA: 'staff_a',
    };
    for (const member of Object.keys(usernames) as Member[]) clients[member] = await signIn(usernames[member]);

    startedAt = t.clock.now();
    for (const [key, name] of [
      ['adminA', '甲街道'],
      ['adminA1', '甲一街道'],
      ['adminB', '乙街道'],
    ] as const) {
      t.clock.advance(60_000);
      const response = await clients[key].post('/api/streets', { countyCode: WENLING, name, kind: 'subdistrict' });
      expect(response.statusCode, response.body).toBe(201);
      streets[key] = json(response).id;
    }
    t.clock.advance(60_000);
    await clients.adminA.patch(`/api/streets/${streets.adminA}`, { kind: 'town' });
  });

  describe('scope', () => {
    it('shows the platform administrator every event, sign-ins included, newest first', async () => {
      const events = await list(platformAdmin, '?pageSize=200');
      expect(streetIdsIn(events).sort()).toEqual([streets.adminA, streets.adminA1, streets.adminB].sort());
      expect(events.some((event) => event.action === 'auth.login')).toBe(true);
      expect(events.some((event) => event.action === 'setup.complete')).toBe(true);
      const times = events.map((event) => event.occurredAt);
      expect(times).toEqual([...times].sort((x, y) => y - x));
      expect(events[0]).toMatchObject({ action: 'streets.update', entityId: streets.adminA });
    });

    it('shows an organization administrator the events of their subtree only', async () => {
      expect(streetIdsIn(await list(clients.rootAdmin, '?pageSize=200')).sort()).toEqual(
        [streets.adminA, streets.adminA1, streets.adminB].sort(),
      );
      expect(streetIdsIn(await list(clients.adminA, '?pageSize=200')).sort()).toEqual(
        [streets.adminA, streets.adminA1].sort(),
      );
      expect(streetIdsIn(await list(clients.adminA1, '?pageSize=200'))).toEqual([streets.adminA1]);
      const seenByB = await list(clients.adminB, '?pageSize=200');
      expect(streetIdsIn(seenByB)).toEqual([streets.adminB]);
      expect(seenByB.every((event) => event.actingOrganizationId === organizations.b)).toBe(true);
      // Sign-ins carry no organization scope: only the platform administrator sees them.
      expect(seenByB.some((event) => event.action === 'auth.login')).toBe(false);
    });

    it('keeps a sibling’s events out of reach even when asked for by filter', async () => {
      expect(await list(clients.adminA, `?organizationId=${organizations.b}`)).toEqual([]);
      expect(await list(clients.adminA, `?entityId=${streets.adminB}`)).toEqual([]);
      expect(await list(clients.adminB, `?userId=${userIds.adminA}`)).toEqual([]);
    });

    it('refuses users without audit.read and anonymous visitors', async () => {
      const staff = await clients.staffA.get('/api/audit-events');
      expect(staff.statusCode).toBe(403);
      expect(json(staff).code).toBe('auth.forbidden');
      const anonymous = await new TestClient(t.app).get('/api/audit-events');
      expect(anonymous.statusCode).toBe(401);
      expect(json(anonymous).code).toBe('auth.unauthenticated');
    });
  });

  describe('filters', () => {
    it('names who acted and for which organization, and parses the changes', async () => {
      const [event] = await list(platformAdmin, `?entityType=street&entityId=${streets.adminA1}`);
      expect(event).toMatchObject({
        action: 'streets.create',
        entityType: 'street',
        userId: userIds.adminA1,
        userDisplayName: 'admin_a1（测试）',
        actingOrganizationId: organizations.a1,
        actingOrganizationName: '甲一服务站',
        changes: {
          name: { before: null, after: '甲一街道' },
          kind: { before: null, after: 'subdistrict' },
          countyCode: { before: null, after: WENLING },
        },
      });
      expect(typeof (event as unknown as { requestId: string }).requestId).toBe('string');
    });

    it('filters by user, acting organization, action (exact or family), entity and time', async () => {
      const byUser = await list(platformAdmin, `?userId=${userIds.adminA}&entityType=street`);
      expect(byUser.map((event) => event.action)).toEqual(['streets.update', 'streets.create']);
      const byOrganization = await list(platformAdmin, `?organizationId=${organizations.b}&entityType=street`);
      expect(byOrganization.map((event) => event.entityId)).toEqual([streets.adminB]);

      expect((await list(platformAdmin, '?action=streets.update')).map((event) => event.entityId)).toEqual([
        streets.adminA,
      ]);
      expect(await list(platformAdmin, '?action=streets')).toHaveLength(4);
      expect(await list(platformAdmin, '?action=streets.up')).toEqual([]);
      expect(await list(platformAdmin, '?action=street')).toEqual([]);

      const between = await list(platformAdmin, `?from=${startedAt + 120_000}&to=${startedAt + 180_000}`);
      expect(between.map((event) => event.entityId)).toEqual([streets.adminB, streets.adminA1]);
      expect(await list(platformAdmin, `?from=${startedAt + 240_001}`)).toEqual([]);
    });

    it('pages through the events', async () => {
      const first = json(await platformAdmin.get('/api/audit-events?entityType=street&pageSize=3'));
      const second = json(await platformAdmin.get('/api/audit-events?entityType=street&pageSize=3&page=2'));
      expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3 });
      expect(first.items).toHaveLength(3);
      expect(second.items).toHaveLength(1);
      expect(second.items[0]).toMatchObject({ action: 'streets.create', entityId: streets.adminA });
    });

    it('refuses malformed filters', async () => {
      for (const query of ['?from=yesterday', '?to=-1', '?userId=42', '?pageSize=0', '?page=0', '?colour=red']) {
        const response = await platformAdmin.get(`/api/audit-events${query}`);
        expect(response.statusCode, query).toBe(400);
        expect(json(response).code, query).toBe('validation.failed');
      }
    });
  });
});
