import type { HoursEntry, HoursEntryDetail, MyHours } from '@liandong/domain';
import { beforeAll, expect, it } from 'vitest';
import { auditEventsAbout } from '../../../test/db-reads.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, type TestClient } from '../../../test/test-client.ts';
import { newId } from '../../lib/ids.ts';
import { approvedHundredthsOf } from './hours-totals.ts';
import { insertVolunteer, memberOf } from './service-hours.fixtures.ts';
import { decideHours, type HoursWorld, recordHours, setUpHoursWorld } from './service-hours.world.ts';

describeEachDialect('service hours: corrections and voids', (t) => {
  let w: HoursWorld;

  beforeAll(async () => {
    w = await setUpHoursWorld(t.app, t.db);
  });

  /** A volunteer with an account of their own, so "my hours" shows exactly their totals. */
  async function freshVolunteer() {
    const user = await memberOf(t.app, w.admin, w.a.station.id, 'volunteer');
    const volunteer = await insertVolunteer(t.db, w.a.federation.id, w.a.station, { userId: user.userId });
    const totals = async () => json<MyHours>(await user.client.get('/api/me/service-hours')).totals[0]!;
    return { volunteer, totals };
  }

  /** An approved original of 100 minutes: 1.5 h under the default bands. */
  async function approvedEntry(volunteerId: string) {
    const entry = await recordHours(w.coordinator.client, volunteerId, { serviceDate: '2026-11-02', rawMinutes: 100 });
    await decideHours(w.coordinator.client, [entry.id]);
    return entry;
  }

  const correct = (client: TestClient, id: string, body: Record<string, unknown>) =>
    client.post(`/api/service-hours/${id}/corrections`, { reason: '签退时间登记有误', ...body });
  const voidEntry = (client: TestClient, id: string) =>
    client.post(`/api/service-hours/${id}/void`, { reason: '活动未实际举行' });
  const detail = async (id: string) =>
    json<HoursEntryDetail>(await w.coordinator.client.get(`/api/service-hours/${id}`));

  it('records a correction as a signed change that counts only once approved', async () => {
    const { volunteer, totals } = await freshVolunteer();
    const original = await approvedEntry(volunteer.id);
    expect((await totals()).approvedHundredths).toBe(150);

    const response = await correct(w.coordinator.client, original.id, { creditedHours: 2, rawMinutes: 120 });
    expect(response.statusCode).toBe(201);
    const correction = json<HoursEntry>(response);
    expect(correction).toMatchObject({
      kind: 'correction',
      correctsEntryId: original.id,
      creditedHundredths: 50,
      rawMinutes: 20,
      status: 'pending',
      serviceDate: original.serviceDate,
      volunteerId: volunteer.id,
      content: '签退时间登记有误',
      roundingRule: { kind: 'manual' },
      recordedBy: w.coordinator.userId,
    });
    expect(await totals()).toMatchObject({ approvedHundredths: 150, pendingHundredths: 50, entries: 1 });
    const [event] = await auditEventsAbout(t.db, correction.id);
    expect(event).toMatchObject({ action: 'service_hours.correct', userId: w.coordinator.userId });

    await decideHours(w.supervisor.client, [correction.id]);
    expect(await totals()).toMatchObject({ approvedHundredths: 200, pendingHundredths: 0, entries: 1 });
    expect(await approvedHundredthsOf(t.db, volunteer.id, { from: '2026-11-02', to: '2026-11-02' })).toBe(200);

    // The original's amounts never changed; its chain shows both rows and the net.
    const shown = await detail(correction.id);
    expect(shown.entry.id).toBe(correction.id);
    expect(shown.chain.map((row) => [row.kind, row.creditedHundredths, row.status])).toEqual([
      ['original', 150, 'approved'],
      ['correction', 50, 'approved'],
    ]);
    expect(shown.net).toEqual({ approvedHundredths: 200, pendingHundredths: 0 });

    const lower = json<HoursEntry>(await correct(w.coordinator.client, original.id, { creditedHours: 0.5 }));
    expect([lower.creditedHundredths, lower.rawMinutes]).toEqual([-150, 0]);
    await decideHours(w.coordinator.client, [lower.id]);
    expect((await totals()).approvedHundredths).toBe(50);
  });

  it('voids the net of an original once the void is approved, and only once', async () => {
    const { volunteer, totals } = await freshVolunteer();
    const original = await approvedEntry(volunteer.id);
    const raised = json<HoursEntry>(await correct(w.coordinator.client, original.id, { creditedHours: 3 }));
    await decideHours(w.coordinator.client, [raised.id]);
    expect(await totals()).toMatchObject({ approvedHundredths: 300, entries: 1 });

    const response = await voidEntry(w.coordinator.client, original.id);
    expect(response.statusCode).toBe(201);
    const voided = json<HoursEntry>(response);
    expect(voided).toMatchObject({ kind: 'void', creditedHundredths: -300, rawMinutes: -100, status: 'pending' });
    expect(await totals()).toMatchObject({ approvedHundredths: 300, pendingHundredths: -300, entries: 1 });
    expect((await auditEventsAbout(t.db, voided.id))[0]!.action).toBe('service_hours.void');

    const twice = await voidEntry(w.coordinator.client, original.id);
    expect([twice.statusCode, json(twice).code]).toEqual([409, 'hours.already_voided']);

    await decideHours(w.coordinator.client, [voided.id]);
    expect(await totals()).toMatchObject({ approvedHundredths: 0, pendingHundredths: 0, entries: 0 });
    for (const attempt of [
      () => voidEntry(w.coordinator.client, original.id),
      () => correct(w.coordinator.client, original.id, { creditedHours: 1 }),
    ]) {
      const refused = await attempt();
      expect([refused.statusCode, json(refused).code]).toEqual([409, 'hours.already_voided']);
    }
  });

  it('lets a declined void be followed by another', async () => {
    const { volunteer, totals } = await freshVolunteer();
    const original = await approvedEntry(volunteer.id);
    const first = json<HoursEntry>(await voidEntry(w.coordinator.client, original.id));
    await decideHours(w.coordinator.client, [first.id], 'decline');
    expect((await totals()).approvedHundredths).toBe(150);
    const second = await voidEntry(w.coordinator.client, original.id);
    expect(second.statusCode).toBe(201);
    expect(json<HoursEntry>(second).creditedHundredths).toBe(-150);
  });

  it('refuses a negative total, a change while another waits, an unchanged total and non-approved targets', async () => {
    const { volunteer } = await freshVolunteer();
    const original = await approvedEntry(volunteer.id);

    const negative = await correct(w.coordinator.client, original.id, { creditedHours: -0.5 });
    expect([negative.statusCode, json(negative).code]).toEqual([400, 'hours.negative_total']);
    expect(JSON.stringify(json(negative).details)).toContain('body.creditedHours');

    const unchanged = await correct(w.coordinator.client, original.id, { creditedHours: 1.5 });
    expect([unchanged.statusCode, json(unchanged).code]).toEqual([409, 'hours.correction_unchanged']);

    const pending = json<HoursEntry>(await correct(w.coordinator.client, original.id, { creditedHours: 1 }));
    for (const attempt of [
      () => correct(w.coordinator.client, original.id, { creditedHours: 2 }),
      () => voidEntry(w.coordinator.client, original.id),
    ]) {
      const refused = await attempt();
      expect([refused.statusCode, json(refused).code]).toEqual([409, 'hours.correction_pending']);
    }

    // Corrections apply to approved originals only: not to a correction, nor to a pending or declined entry.
    const waiting = await recordHours(w.coordinator.client, volunteer.id);
    const declined = await recordHours(w.coordinator.client, volunteer.id);
    await decideHours(w.coordinator.client, [declined.id], 'decline');
    for (const target of [pending.id, waiting.id, declined.id]) {
      const refused = await correct(w.coordinator.client, target, { creditedHours: 1 });
      expect([refused.statusCode, json(refused).code], target).toEqual([409, 'hours.correction_target']);
      const refusedVoid = await voidEntry(w.coordinator.client, target);
      expect([refusedVoid.statusCode, json(refusedVoid).code], target).toEqual([409, 'hours.correction_target']);
    }

    const missing = await correct(w.coordinator.client, newId(), { creditedHours: 1 });
    expect([missing.statusCode, json(missing).code]).toEqual([404, 'hours.not_found']);
    const badHours = await correct(w.coordinator.client, original.id, { creditedHours: 1.005 });
    expect([badHours.statusCode, json(badHours).code]).toEqual([400, 'validation.failed']);
    const noReason = await w.coordinator.client.post(`/api/service-hours/${original.id}/void`, {});
    expect([noReason.statusCode, json(noReason).code]).toEqual([400, 'validation.failed']);
  });

  it('takes volunteers.manage over the entry', async () => {
    const { volunteer } = await freshVolunteer();
    const original = await approvedEntry(volunteer.id);
    for (const member of [w.supervisor, w.staff]) {
      const refused = await voidEntry(member.client, original.id);
      expect([refused.statusCode, json(refused).code]).toEqual([403, 'auth.forbidden']);
    }
    const outside = await correct(w.otherCoordinator.client, original.id, { creditedHours: 1 });
    expect([outside.statusCode, json(outside).code]).toEqual([404, 'hours.not_found']);
    // A social worker of the station manages its volunteers.
    expect((await correct(w.socialWorker.client, original.id, { creditedHours: 1 })).statusCode).toBe(201);
  });

  it('keeps the correction’s approval from the volunteer themselves', async () => {
    const original = await approvedEntry(w.coordinatorVolunteer.id);
    const correction = json<HoursEntry>(await correct(w.coordinator.client, original.id, { creditedHours: 4 }));
    const response = await w.coordinatorVolunteerUser.client.post('/api/service-hours/decisions', {
      ids: [correction.id],
      decision: 'approve',
    });
    expect([response.statusCode, json(response).code]).toEqual([403, 'hours.self_approval']);
  });
});
