import type { Role, StarAward, StarAwardList, StarStanding } from '@liandong/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEventsAbout } from '../../../test/db-reads.ts';
import { addMemberWithNewUser, STRONG_PASSWORD, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, TestClient } from '../../../test/test-client.ts';
import {
  createFederationTree,
  type FederationTree,
  insertLedgerEntry,
  registerVolunteer,
} from '../../../test/volunteer-factories.ts';
import { newId } from '../../lib/ids.ts';

const DAY = 24 * 60 * 60 * 1000;

describeEachDialect('star levels', (t) => {
  let admin: TestClient;
  let a: FederationTree;
  let b: FederationTree;
  let coordinator: TestClient;
  let stationCoordinator: TestClient;
  let socialWorker: TestClient;
  let otherCoordinator: TestClient;

  const usernames = new Map<TestClient, { username: string; organizationId: string }>();
  const member = async (organizationId: string, role: Role) => {
    const added = await addMemberWithNewUser(t.app, admin, organizationId, role);
    usernames.set(added.client, { username: added.username, organizationId });
    return added.client;
  };

  beforeAll(async () => {
    ({ admin } = await setUpInstallation(t.app));
    a = await createFederationTree(admin);
    b = await createFederationTree(admin);
    coordinator = await member(a.federationId, 'volunteer_coordinator');
    stationCoordinator = await member(a.stationId, 'volunteer_coordinator');
    socialWorker = await member(a.federationId, 'social_worker');
    otherCoordinator = await member(b.federationId, 'volunteer_coordinator');
  });

  /** Moves the clock on by whole days; sessions expire meanwhile, so everyone signs in again. */
  async function advanceDays(days: number) {
    t.clock.advance(days * DAY);
    for (const [client, { username, organizationId }] of usernames) {
      client.cookies.clear();
      await client.login(username, STRONG_PASSWORD);
      const switched = await client.put('/api/auth/acting-organization', { organizationId });
      expect(switched.statusCode, switched.body).toBe(200);
    }
  }

  const activeVolunteer = async (overrides: Record<string, unknown> = {}) =>
    (await registerVolunteer(coordinator, a.stationId, { status: 'active', ...overrides })).id;
  const standing = async (client: TestClient, volunteerId: string) => {
    const response = await client.get(`/api/volunteers/${volunteerId}/stars`);
    expect(response.statusCode, response.body).toBe(200);
    return json<StarStanding>(response);
  };
  const apply = (client: TestClient, volunteerId: string, level: number) =>
    client.post(`/api/volunteers/${volunteerId}/star-awards`, { level });

  describe('eligibility', () => {
    it('reaches one star at exactly 100 approved hours, not a hundredth before, and ignores pending hours', async () => {
      const id = await activeVolunteer();
      await insertLedgerEntry(t.db, id, { hundredths: 9_999 });
      await insertLedgerEntry(t.db, id, { hundredths: 50_000, status: 'pending' });
      await insertLedgerEntry(t.db, id, { hundredths: 20_000, status: 'declined' });

      const before = await standing(coordinator, id);
      expect(before).toMatchObject({
        volunteerId: id,
        registryId: a.federationId,
        eligibleLevel: 0,
        approvedHundredths: 9_999,
        monthsRegistered: 0,
        nextThreshold: { level: 1, hours: 100, minMonths: 0 },
        awards: [],
      });
      const refused = await apply(coordinator, id, 1);
      expect(refused.statusCode).toBe(409);
      expect(json(refused)).toMatchObject({ code: 'stars.not_eligible', details: { level: 1, eligibleLevel: 0 } });

      await insertLedgerEntry(t.db, id, { hundredths: 1 });
      const after = await standing(coordinator, id);
      expect(after).toMatchObject({
        eligibleLevel: 1,
        approvedHundredths: 10_000,
        nextThreshold: { level: 2, hours: 300 },
      });
    });

    it('follows a registry’s own thresholds and counts months registered', async () => {
      const settings = await coordinator.get(`/api/volunteer-registries/${a.federationId}/settings`);
      expect(settings.statusCode, settings.body).toBe(200);
      const id = await activeVolunteer();
      await insertLedgerEntry(t.db, id, { hundredths: 6_000 });
      expect((await standing(coordinator, id)).eligibleLevel).toBe(0);

      const thresholds = [
        { level: 1, hours: 50, minMonths: 0 },
        { level: 2, hours: 60, minMonths: 1 },
      ];
      const saved = await coordinator.put(`/api/volunteer-registries/${a.federationId}/settings`, {
        ...json(settings).settings,
        starThresholds: thresholds,
      });
      expect(saved.statusCode, saved.body).toBe(200);
      try {
        // 60 hours would reach two stars, but only after a full month registered.
        expect(await standing(coordinator, id)).toMatchObject({
          eligibleLevel: 1,
          nextThreshold: { level: 2, hours: 60, minMonths: 1 },
        });
      } finally {
        const restored = await coordinator.put(`/api/volunteer-registries/${a.federationId}/settings`, {
          ...json(settings).settings,
        });
        expect(restored.statusCode, restored.body).toBe(200);
      }
    });

    it('shows a volunteer only to those who may read them', async () => {
      const id = await activeVolunteer();
      expect((await standing(stationCoordinator, id)).volunteerId).toBe(id);
      const hidden = await otherCoordinator.get(`/api/volunteers/${id}/stars`);
      expect(hidden.statusCode).toBe(404);
      expect(json(hidden).code).toBe('volunteers.not_found');
    });
  });

  describe('applying', () => {
    it('refuses a second open award at the same or a lower level, and a volunteer who is not active', async () => {
      const id = await activeVolunteer();
      await insertLedgerEntry(t.db, id, { hundredths: 30_000 });
      const first = await apply(socialWorker, id, 1);
      expect(first.statusCode, first.body).toBe(201);
      const award = json<StarAward>(first);
      expect(award).toMatchObject({ level: 1, state: 'applied', approvedHundredths: 30_000, publicisedUntil: null });

      const duplicate = await apply(coordinator, id, 1);
      expect(duplicate.statusCode).toBe(409);
      expect(json(duplicate)).toMatchObject({ code: 'stars.duplicate', details: { level: 1, openLevel: 1 } });
      // Two stars is above the open award, so it may be applied for; then one star is covered by it.
      const higher = await apply(coordinator, id, 2);
      expect(higher.statusCode, higher.body).toBe(201);
      const lower = await apply(coordinator, id, 1);
      expect(json(lower)).toMatchObject({ code: 'stars.duplicate', details: { openLevel: 2 } });
      const tooHigh = await apply(coordinator, id, 3);
      expect(json(tooHigh)).toMatchObject({ code: 'stars.not_eligible', details: { eligibleLevel: 2 } });

      const prospective = (await registerVolunteer(coordinator, a.stationId)).id;
      await insertLedgerEntry(t.db, prospective, { hundredths: 30_000 });
      const notActive = await apply(coordinator, prospective, 1);
      expect(notActive.statusCode).toBe(409);
      expect(json(notActive).code).toBe('volunteers.not_active');

      expect((await auditEventsAbout(t.db, award.id)).map((event) => event.action)).toEqual(['stars.apply']);
      expect((await standing(coordinator, id)).awards.map((each) => each.level)).toEqual([2, 1]);
    });

    it('answers another federation’s coordinator as if the volunteer or award did not exist', async () => {
      const id = await activeVolunteer();
      await insertLedgerEntry(t.db, id, { hundredths: 10_000 });
      const hidden = await apply(otherCoordinator, id, 1);
      expect(hidden.statusCode).toBe(404);
      expect(json(hidden).code).toBe('volunteers.not_found');

      const award = json<StarAward>(await apply(coordinator, id, 1));
      for (const action of ['publicise', 'grant']) {
        const response = await otherCoordinator.post(`/api/star-awards/${award.id}/${action}`);
        expect(response.statusCode, action).toBe(404);
        expect(json(response).code).toBe('stars.not_found');
      }
      const revoke = await otherCoordinator.post(`/api/star-awards/${award.id}/revoke`, { reason: '误报' });
      expect(json(revoke).code).toBe('stars.not_found');
      const missing = await coordinator.post(`/api/star-awards/${newId()}/publicise`);
      expect(json(missing).code).toBe('stars.not_found');
    });
  });

  describe('the federation’s list', () => {
    it('lists awards of the subtree and the eligible volunteers still without an award at their level', async () => {
      const nominated = await activeVolunteer({ name: '已提名' });
      await insertLedgerEntry(t.db, nominated, { hundredths: 10_000 });
      const award = json<StarAward>(await apply(coordinator, nominated, 1));
      const waiting = await activeVolunteer({ name: '待提名' });
      await insertLedgerEntry(t.db, waiting, { hundredths: 31_000 });
      const grownOut = await activeVolunteer({ name: '可升星' });
      await insertLedgerEntry(t.db, grownOut, { hundredths: 30_000 });
      expect((await apply(coordinator, grownOut, 1)).statusCode).toBe(201);
      const below = await activeVolunteer();
      await insertLedgerEntry(t.db, below, { hundredths: 9_000 });
      const elsewhere = (await registerVolunteer(otherCoordinator, b.stationId, { status: 'active' })).id;
      await insertLedgerEntry(t.db, elsewhere, { hundredths: 50_000 });

      const response = await coordinator.get(`/api/star-awards?organizationId=${a.federationId}&state=applied`);
      expect(response.statusCode, response.body).toBe(200);
      const list = json<StarAwardList>(response);
      expect(list.items.every((item) => item.state === 'applied')).toBe(true);
      const item = list.items.find((each) => each.id === award.id);
      expect(item).toMatchObject({
        level: 1,
        volunteer: { id: nominated, name: '已提名', homeOrganization: { id: a.stationId } },
      });

      const candidates = new Map(list.eligibleWithoutAward.items.map((each) => [each.volunteer.id, each]));
      expect(candidates.get(waiting)).toMatchObject({
        eligibleLevel: 2,
        approvedHundredths: 31_000,
        openAwardLevel: null,
      });
      expect(candidates.get(grownOut)).toMatchObject({ eligibleLevel: 2, openAwardLevel: 1 });
      expect(candidates.has(nominated)).toBe(false);
      expect(candidates.has(below)).toBe(false);
      expect(candidates.has(elsewhere)).toBe(false);
      expect(list.eligibleWithoutAward.total).toBe(list.eligibleWithoutAward.items.length);

      const otherList = json<StarAwardList>(await otherCoordinator.get('/api/star-awards'));
      expect(otherList.items.some((each) => each.id === award.id)).toBe(false);
      expect(otherList.eligibleWithoutAward.items.map((each) => each.volunteer.id)).toContain(elsewhere);
      const outside = await otherCoordinator.get(`/api/star-awards?organizationId=${a.federationId}`);
      expect(outside.statusCode).toBe(404);
      expect(json(outside).code).toBe('organizations.not_found');
    });
  });

  describe('the volunteer’s own stars', () => {
    it('shows a signed-in volunteer their standing and awards, and nothing to someone who is not a volunteer', async () => {
      const username = `stars${Date.now() % 100_000}`;
      const id = await activeVolunteer({ account: { username, password: STRONG_PASSWORD } });
      await insertLedgerEntry(t.db, id, { hundredths: 12_345 });
      const award = json<StarAward>(await apply(coordinator, id, 1));
      const volunteer = new TestClient(t.app);
      await volunteer.login(username, STRONG_PASSWORD);

      const response = await volunteer.get('/api/me/stars');
      expect(response.statusCode, response.body).toBe(200);
      expect(json(response).items).toEqual([
        expect.objectContaining({
          volunteerId: id,
          registry: { id: a.federationId, name: expect.any(String) },
          eligibleLevel: 1,
          approvedHundredths: 12_345,
          awards: [expect.objectContaining({ id: award.id, state: 'applied' })],
        }),
      ]);
      const staff = await stationCoordinator.get('/api/me/stars');
      expect(json(staff)).toEqual({ items: [] });
    });
  });

  // These move the clock forward, so they run last.
  describe('publicity and granting', () => {
    it('publicises from a Friday for five working days, refuses granting until they have passed, then grants', async () => {
      const id = await activeVolunteer();
      await insertLedgerEntry(t.db, id, { hundredths: 10_000 });
      const award = json<StarAward>(await apply(socialWorker, id, 1));
      const early = await coordinator.post(`/api/star-awards/${award.id}/grant`);
      expect(early.statusCode).toBe(409);
      expect(json(early)).toMatchObject({ code: 'stars.transition', details: { from: 'applied', to: 'granted' } });

      // Monday 2026-11-23 → Friday 2026-11-27.
      await advanceDays(4);
      const publicised = await socialWorker.post(`/api/star-awards/${award.id}/publicise`);
      expect(publicised.statusCode, publicised.body).toBe(200);
      expect(json(publicised)).toMatchObject({ state: 'publicised', publicisedUntil: '2026-12-04' });
      const again = await coordinator.post(`/api/star-awards/${award.id}/publicise`);
      expect(json(again)).toMatchObject({ code: 'stars.transition', details: { from: 'publicised' } });

      // On the last day of publicity it is still too early.
      await advanceDays(7);
      const lastDay = await coordinator.post(`/api/star-awards/${award.id}/grant`);
      expect(lastDay.statusCode).toBe(409);
      expect(json(lastDay)).toMatchObject({ code: 'stars.transition', details: { publicisedUntil: '2026-12-04' } });

      // Neither a social worker (no certificates.issue) nor a station's coordinator (not the registry root) grants.
      await advanceDays(1);
      const socialWorkerGrant = await socialWorker.post(`/api/star-awards/${award.id}/grant`);
      expect(socialWorkerGrant.statusCode).toBe(403);
      const stationGrant = await stationCoordinator.post(`/api/star-awards/${award.id}/grant`);
      expect(stationGrant.statusCode).toBe(403);
      expect(json(stationGrant).code).toBe('auth.forbidden');

      const granted = await coordinator.post(`/api/star-awards/${award.id}/grant`);
      expect(granted.statusCode, granted.body).toBe(200);
      expect(json(granted)).toMatchObject({
        state: 'granted',
        grantedAt: t.clock.now(),
        grantedBy: expect.any(String),
      });

      const revoked = await coordinator.post(`/api/star-awards/${award.id}/revoke`, { reason: '服务时长造假' });
      expect(revoked.statusCode, revoked.body).toBe(200);
      expect(json(revoked)).toMatchObject({ state: 'revoked', reason: '服务时长造假', revokedAt: t.clock.now() });
      const twice = await coordinator.post(`/api/star-awards/${award.id}/revoke`, { reason: '再次撤销' });
      expect(twice.statusCode).toBe(409);
      expect(json(twice)).toMatchObject({ code: 'stars.transition', details: { from: 'revoked', to: 'revoked' } });

      const events = await auditEventsAbout(t.db, award.id);
      expect(events.map((event) => event.action)).toEqual([
        'stars.apply',
        'stars.publicise',
        'stars.grant',
        'stars.revoke',
      ]);
      expect(events.every((event) => event.scopePath?.includes(a.stationId))).toBe(true);

      // A revoked award no longer blocks a new application at its level.
      const reapplied = await apply(coordinator, id, 1);
      expect(reapplied.statusCode, reapplied.body).toBe(201);
    });

    it('grants only a volunteer who still reaches the level when the publicity ends', async () => {
      const id = await activeVolunteer();
      const entry = await insertLedgerEntry(t.db, id, { hundredths: 10_000, date: '2026-12-01' });
      const award = json<StarAward>(await apply(coordinator, id, 1));
      expect((await coordinator.post(`/api/star-awards/${award.id}/publicise`)).statusCode).toBe(200);
      await advanceDays(10);
      // During the publicity a complaint voids an hour: 99 hours no longer reach one star.
      await insertLedgerEntry(t.db, id, { hundredths: -100, kind: 'void', corrects: entry, date: '2026-12-01' });
      const refused = await coordinator.post(`/api/star-awards/${award.id}/grant`);
      expect(refused.statusCode).toBe(409);
      expect(json(refused)).toMatchObject({ code: 'stars.not_eligible', details: { level: 1, eligibleLevel: 0 } });
      const unchanged = await t.db
        .selectFrom('starAwards')
        .select('state')
        .where('id', '=', award.id)
        .executeTakeFirstOrThrow();
      expect(unchanged.state).toBe('publicised');

      await insertLedgerEntry(t.db, id, { hundredths: 200, date: '2026-12-02' });
      const granted = await coordinator.post(`/api/star-awards/${award.id}/grant`);
      expect(granted.statusCode, granted.body).toBe(200);
    });

    it('revokes an award that is only applied for, with its reason', async () => {
      const id = await activeVolunteer();
      await insertLedgerEntry(t.db, id, { hundredths: 10_000 });
      const award = json<StarAward>(await apply(coordinator, id, 1));
      const missingReason = await coordinator.post(`/api/star-awards/${award.id}/revoke`, {});
      expect(json(missingReason).code).toBe('validation.failed');
      const revoked = await coordinator.post(`/api/star-awards/${award.id}/revoke`, { reason: '本人放弃' });
      expect(json(revoked)).toMatchObject({ state: 'revoked', reason: '本人放弃' });
      const publicise = await coordinator.post(`/api/star-awards/${award.id}/publicise`);
      expect(json(publicise)).toMatchObject({
        code: 'stars.transition',
        details: { from: 'revoked', to: 'publicised' },
      });
    });
  });
});
