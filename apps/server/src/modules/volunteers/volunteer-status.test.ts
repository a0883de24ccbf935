import { beforeAll, describe, expect, it } from 'vitest';
import { addMemberWithNewUser, STRONG_PASSWORD, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, TestClient } from '../../../test/test-client.ts';
import {
  approveVolunteer,
  auditTrailOf,
  createFederationTree,
  type FederationTree,
  registerVolunteer,
} from '../../../test/volunteer-factories.ts';
import { newId } from '../../lib/ids.ts';

describeEachDialect('volunteer status', (t) => {
  let admin: TestClient;
  let tree: FederationTree;
  let coordinator: TestClient;

  beforeAll(async () => {
    ({ admin } = await setUpInstallation(t.app));
    tree = await createFederationTree(admin);
    coordinator = (await addMemberWithNewUser(t.app, admin, tree.federationId, 'volunteer_coordinator')).client;
  });

  const setStatus = (id: string, status: string, reason?: string) =>
    coordinator.post(`/api/volunteers/${id}/status`, reason === undefined ? { status } : { status, reason });

  it('approves, suspends, reinstates and exits, and refuses every other move', async () => {
    const volunteer = await registerVolunteer(coordinator, tree.stationId);
    for (const refused of ['suspended', 'prospective']) {
      const response = await setStatus(volunteer.id, refused);
      expect(response.statusCode).toBe(409);
      expect(json(response)).toEqual({
        code: 'volunteers.status_transition',
        details: { volunteerId: volunteer.id, from: 'prospective', to: refused },
      });
    }
    const approved = json(await setStatus(volunteer.id, 'active'));
    expect(approved).toMatchObject({ status: 'active', approvedAt: t.clock.now(), statusReason: null });
    expect(json(await setStatus(volunteer.id, 'active')).code).toBe('volunteers.status_transition');
    expect(json(await setStatus(volunteer.id, 'prospective')).code).toBe('volunteers.status_transition');
    t.clock.advance(60_000);
    const suspended = json(await setStatus(volunteer.id, 'suspended', '暂停服务半年'));
    expect(suspended).toMatchObject({
      status: 'suspended',
      statusReason: '暂停服务半年',
      statusChangedAt: t.clock.now(),
    });
    expect(suspended.approvedAt).toBe(approved.approvedAt);
    expect(json(await setStatus(volunteer.id, 'active')).status).toBe('active');
    expect(json(await setStatus(volunteer.id, 'exited', '搬离本市')).status).toBe('exited');
    for (const after of ['active', 'suspended', 'prospective', 'exited'])
      expect(json(await setStatus(volunteer.id, after)).code).toBe('volunteers.status_transition');

    const actions = (await auditTrailOf(t.db, volunteer.id)).map((event) => event.action);
    expect(actions).toEqual([
      'volunteers.create',
      'volunteers.approve',
      'volunteers.status',
      'volunteers.status',
      'volunteers.status',
    ]);
    expect(json(await setStatus(newId(), 'active')).code).toBe('volunteers.not_found');
  });

  it('exits a prospective volunteer without approving them', async () => {
    const volunteer = await registerVolunteer(coordinator, tree.stationId);
    const exited = json(await setStatus(volunteer.id, 'exited'));
    expect(exited).toMatchObject({ status: 'exited', approvedAt: null });
  });

  it("gives an approved volunteer's account the volunteer role in their home organization, once", async () => {
    const volunteer = await registerVolunteer(coordinator, tree.teamIds[0], {
      account: { username: 'yigong.account', password: STRONG_PASSWORD },
    });
    expect(volunteer.account).toMatchObject({ username: 'yigong.account' });
    const person = new TestClient(t.app);
    expect((await person.login('yigong.account', STRONG_PASSWORD)).memberships).toEqual([]);
    await approveVolunteer(coordinator, volunteer.id);
    const session = await person.login('yigong.account', STRONG_PASSWORD);
    expect(session.memberships).toEqual([
      expect.objectContaining({ organizationId: tree.teamIds[0], roles: ['volunteer'] }),
    ]);
    await setStatus(volunteer.id, 'suspended');
    await setStatus(volunteer.id, 'active');
    const members = json(await admin.get(`/api/organizations/${tree.teamIds[0]}/members`)).items;
    expect(members.filter((member: any) => member.username === 'yigong.account')).toHaveLength(1);
  });

  it('registers straight as active, with the role for the account at once', async () => {
    const volunteer = await registerVolunteer(coordinator, tree.stationId, {
      status: 'active',
      account: { username: 'yigong.direct', password: STRONG_PASSWORD },
    });
    expect(volunteer).toMatchObject({ status: 'active', approvedAt: t.clock.now() });
    const session = await new TestClient(t.app).login('yigong.direct', STRONG_PASSWORD);
    expect(session.memberships).toEqual([expect.objectContaining({ organizationId: tree.stationId })]);
  });

  describe('bulk approval', () => {
    it('approves all the listed prospective volunteers, or none of them', async () => {
      const first = await registerVolunteer(coordinator, tree.stationId);
      const second = await registerVolunteer(coordinator, tree.stationId);
      const active = await registerVolunteer(coordinator, tree.stationId, { status: 'active' });
      const mixed = await coordinator.post('/api/volunteers/approve', { ids: [first.id, active.id, second.id] });
      expect(mixed.statusCode).toBe(409);
      expect(json(mixed)).toEqual({
        code: 'volunteers.status_transition',
        details: { volunteerId: active.id, from: 'active', to: 'active' },
      });
      const unknown = await coordinator.post('/api/volunteers/approve', { ids: [first.id, newId()] });
      expect(unknown.statusCode).toBe(404);
      expect(json(unknown)).toEqual({ code: 'volunteers.not_found', details: [{ path: 'body.ids.1' }] });
      for (const id of [first.id, second.id])
        expect(json(await coordinator.get(`/api/volunteers/${id}`)).status).toBe('prospective');

      const approved = await coordinator.post('/api/volunteers/approve', { ids: [first.id, second.id, first.id] });
      expect(approved.statusCode).toBe(200);
      expect(json(approved)).toEqual({ approvedIds: [first.id, second.id] });
      for (const id of [first.id, second.id]) {
        expect(json(await coordinator.get(`/api/volunteers/${id}`)).status).toBe('active');
        expect((await auditTrailOf(t.db, id)).map((event) => event.action)).toContain('volunteers.approve');
      }
      expect(json(await coordinator.post('/api/volunteers/approve', { ids: [] })).code).toBe('validation.failed');
    });

    it("refuses volunteers outside the actor's reach as unknown", async () => {
      const other = await createFederationTree(admin);
      const stranger = await registerVolunteer(admin, other.stationId);
      const mine = await registerVolunteer(coordinator, tree.stationId);
      const response = await coordinator.post('/api/volunteers/approve', { ids: [mine.id, stranger.id] });
      expect(json(response)).toEqual({ code: 'volunteers.not_found', details: [{ path: 'body.ids.1' }] });
      expect(json(await coordinator.get(`/api/volunteers/${mine.id}`)).status).toBe('prospective');
    });
  });
});
