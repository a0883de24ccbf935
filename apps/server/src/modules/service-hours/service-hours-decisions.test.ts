import type { HoursEntry, HoursEntryDetail, MyHours } from '@liandong/domain';
import { beforeAll, expect, it } from 'vitest';
import { auditEventsAbout } from '../../../test/db-reads.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, type TestClient } from '../../../test/test-client.ts';
import { newId } from '../../lib/ids.ts';
import { hoursTotalsByVolunteer } from './hours-totals.ts';
import { insertVolunteer, memberOf } from './service-hours.fixtures.ts';
import { createServiceHoursRepository } from './service-hours.repository.ts';
import { type HoursWorld, recordHours, setUpHoursWorld } from './service-hours.world.ts';

describeEachDialect('service hours: approval decisions', (t) => {
  let w: HoursWorld;

  beforeAll(async () => {
    w = await setUpHoursWorld(t.app, t.db);
  });

  const statusOf = async (id: string) =>
    json<HoursEntryDetail>(await w.coordinator.client.get(`/api/service-hours/${id}`)).entry.status;
  const decide = (client: TestClient, ids: string[], decision = 'approve', note?: string) =>
    client.post('/api/service-hours/decisions', { ids, decision, ...(note ? { note } : {}) });
  const decisionEvents = async (id: string) =>
    (await auditEventsAbout(t.db, id)).filter((event) => event.action.startsWith('service_hours.'));

  it('approves entries in bulk, keeping who decided on each (one audit event per entry)', async () => {
    const entries = [
      await recordHours(w.coordinator.client, w.volunteer.id, { rawMinutes: 60 }),
      await recordHours(w.coordinator.client, w.volunteer.id, { rawMinutes: 120 }),
    ];
    const response = await decide(
      w.supervisor.client,
      entries.map((entry) => entry.id),
      'approve',
      '情况属实',
    );
    expect(response.statusCode).toBe(200);
    expect(json(response)).toMatchObject({ status: 'approved', count: 2, decidedAt: t.clock.now() });
    for (const entry of entries) {
      const { entry: decided } = json<HoursEntryDetail>(
        await w.coordinator.client.get(`/api/service-hours/${entry.id}`),
      );
      expect(decided).toMatchObject({
        status: 'approved',
        decidedBy: w.supervisor.userId,
        decidedAt: t.clock.now(),
        decisionNote: '情况属实',
      });
      expect(decided.deciderName).toBeTruthy();
      const events = await decisionEvents(entry.id);
      expect(events.map((event) => [event.action, event.userId])).toEqual([
        ['service_hours.create', w.coordinator.userId],
        ['service_hours.approve', w.supervisor.userId],
      ]);
    }
  });

  it('declines with a note, and a second decision on the same entry is refused', async () => {
    const entry = await recordHours(w.coordinator.client, w.volunteer.id);
    const declined = await decide(w.coordinator.client, [entry.id], 'decline', '时间与活动不符');
    expect(json(declined)).toMatchObject({ status: 'declined', count: 1 });
    const { entry: shown } = json<HoursEntryDetail>(await w.coordinator.client.get(`/api/service-hours/${entry.id}`));
    expect(shown).toMatchObject({ status: 'declined', decisionNote: '时间与活动不符' });

    for (const decision of ['approve', 'decline']) {
      const again = await decide(w.secondCoordinator.client, [entry.id], decision);
      expect([again.statusCode, json(again).code]).toEqual([409, 'hours.already_decided']);
      expect(json(again).details).toEqual({ ids: [entry.id] });
    }
    expect(await statusOf(entry.id)).toBe('declined');
    // The update itself is conditional on the entry still pending: a decision that lost the race changes nothing.
    const changed = await createServiceHoursRepository(t.db).decide([entry.id], {
      status: 'approved',
      decidedBy: w.secondCoordinator.userId,
      decidedAt: t.clock.now(),
      note: null,
    });
    expect(changed).toBe(0);
    expect(await statusOf(entry.id)).toBe('declined');
  });

  it('refuses a batch holding the approver’s own entry, approving none of it', async () => {
    const own = await recordHours(w.coordinator.client, w.coordinatorVolunteer.id);
    const others = [
      await recordHours(w.coordinator.client, w.volunteer.id),
      await recordHours(w.coordinator.client, w.volunteer.id),
    ];
    const response = await decide(w.coordinatorVolunteerUser.client, [others[0]!.id, own.id, others[1]!.id]);
    expect([response.statusCode, json(response).code]).toEqual([403, 'hours.self_approval']);
    expect(json(response).details).toEqual({ ids: [own.id] });
    for (const entry of [own, ...others]) expect(await statusOf(entry.id)).toBe('pending');

    const alone = await decide(w.coordinatorVolunteerUser.client, [own.id], 'decline');
    expect([alone.statusCode, json(alone).code]).toEqual([403, 'hours.self_approval']);
    // Someone else may decide it.
    expect((await decide(w.coordinator.client, [own.id])).statusCode).toBe(200);
  });

  it('refuses a platform administrator’s own hours too', async () => {
    const admin = await t.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();
    const adminVolunteer = await insertVolunteer(t.db, w.a.federation.id, w.a.station, { userId: admin.id });
    const entry = await recordHours(w.coordinator.client, adminVolunteer.id);
    const response = await decide(w.admin, [entry.id]);
    expect([response.statusCode, json(response).code]).toEqual([403, 'hours.self_approval']);
    expect(await statusOf(entry.id)).toBe('pending');
  });

  it('answers 404 with the ids it cannot reach, deciding nothing', async () => {
    const mine = await recordHours(w.coordinator.client, w.volunteer.id);
    const foreign = await recordHours(w.otherCoordinator.client, w.otherVolunteer.id);
    const missing = newId();
    const response = await decide(w.coordinator.client, [mine.id, foreign.id, missing]);
    expect([response.statusCode, json(response).code]).toEqual([404, 'hours.not_found']);
    expect(json(response).details.ids.sort()).toEqual([foreign.id, missing].sort());
    expect(await statusOf(mine.id)).toBe('pending');

    const fromOutside = await decide(w.otherCoordinator.client, [mine.id]);
    expect([fromOutside.statusCode, json(fromOutside).code]).toEqual([404, 'hours.not_found']);
    expect(await statusOf(mine.id)).toBe('pending');
  });

  it('takes hours.approve: a social worker or staff member may not decide', async () => {
    const entry = await recordHours(w.coordinator.client, w.volunteer.id);
    for (const member of [w.socialWorker, w.staff, w.volunteerUser]) {
      const response = await decide(member.client, [entry.id]);
      expect([response.statusCode, json(response).code]).toEqual([403, 'auth.forbidden']);
    }
    expect(await statusOf(entry.id)).toBe('pending');
  });

  it('lets exactly one of two simultaneous decisions through, with one audit event per entry', async () => {
    const entries = await Promise.all([1, 2, 3].map(() => recordHours(w.coordinator.client, w.volunteer.id)));
    const ids = entries.map((entry) => entry.id);
    const responses = await Promise.all([
      decide(w.coordinator.client, ids, 'approve'),
      decide(w.secondCoordinator.client, [...ids].reverse(), 'decline'),
    ]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const loser = responses.find((response) => response.statusCode === 409)!;
    expect(json(loser).code).toBe('hours.already_decided');
    const winner = responses.find((response) => response.statusCode === 200)!;
    const statuses = await Promise.all(ids.map(statusOf));
    expect(new Set(statuses)).toEqual(new Set([json(winner).status]));
    for (const id of ids) {
      const decisions = (await decisionEvents(id)).filter((event) => event.action !== 'service_hours.create');
      expect(decisions).toHaveLength(1);
    }
  });

  it('refuses an empty batch, more than 500 ids and an unknown decision', async () => {
    const cases = [
      { ids: [], decision: 'approve' },
      { ids: Array.from({ length: 501 }, () => newId()), decision: 'approve' },
      { ids: [newId()], decision: 'maybe' },
      { ids: ['not-an-id'], decision: 'approve' },
    ];
    for (const body of cases) {
      const response = await w.coordinator.client.post('/api/service-hours/decisions', body);
      expect([response.statusCode, json(response).code]).toEqual([400, 'validation.failed']);
    }
  });

  it('totals after approval equal the sum of approved entries, wherever they are read', async () => {
    const user = await memberOf(t.app, w.admin, w.a.station.id, 'volunteer');
    const volunteer = await insertVolunteer(t.db, w.a.federation.id, w.a.station, { userId: user.userId });
    const minutes = [45, 60, 100, 135, 200];
    const entries: HoursEntry[] = [];
    for (const rawMinutes of minutes)
      entries.push(await recordHours(w.coordinator.client, volunteer.id, { rawMinutes }));
    const approved = entries.slice(0, 4);
    await decide(
      w.coordinator.client,
      approved.map((entry) => entry.id),
    );
    await decide(w.coordinator.client, [entries[4]!.id], 'decline');
    const expected = approved.reduce((sum, entry) => sum + entry.creditedHundredths, 0);
    // 45 → 0.5, 60 → 1, 100 → 1.5, 135 → 2 (the last 15 minutes credit nothing) under the default bands.
    expect(expected).toBe(500);

    const mine = json<MyHours>(await user.client.get('/api/me/service-hours'));
    expect(mine.totals[0]).toMatchObject({ approvedHundredths: expected, pendingHundredths: 0, entries: 4 });
    const unknown = newId();
    const totals = await hoursTotalsByVolunteer(t.db, [volunteer.id, unknown]);
    expect(totals.get(volunteer.id)).toEqual({ approvedHundredths: expected, pendingHundredths: 0, entries: 4 });
    expect(totals.get(unknown)).toEqual({ approvedHundredths: 0, pendingHundredths: 0, entries: 0 });
    const period = await hoursTotalsByVolunteer(t.db, [volunteer.id], { from: '2026-11-23', to: '2026-11-30' });
    expect(period.get(volunteer.id)).toEqual({ approvedHundredths: 0, pendingHundredths: 0, entries: 0 });
  });
});
