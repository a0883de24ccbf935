import type { CheckResult, Participation } from '@liandong/domain';
import { beforeAll, expect, it } from 'vitest';
import { createActivity, createShift, saturdayAt } from '../../../test/activity-factories.ts';
import { addMemberWithNewUser, STRONG_PASSWORD, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import type { TestClient } from '../../../test/test-client.ts';
import { createFederationTree, volunteerUserClient } from '../../../test/volunteer-factories.ts';
import { testConfig } from '../../config/config.ts';
import { createKeys } from '../../secrets/keys.ts';
import { createAttendanceService } from './attendance.service.ts';

const INSIDE = { latitude: 28.3719, longitude: 121.3861, accuracyM: 15 };
const FAR_AWAY = { latitude: 28.39, longitude: 121.4, accuracyM: 20 };

describeEachDialect('checking in and out', (context) => {
  let coordinator: TestClient;
  let coordinatorName: string;
  let federationId: string;
  let shiftId: string;
  const volunteers: Record<
    'a' | 'b' | 'c' | 'd' | 'outsider',
    { client: TestClient; volunteerId: string; username: string }
  > = {} as never;

  /** Moves the clock to `instant` and signs everyone in again, as sessions idle out over days. */
  async function travelTo(instant: number) {
    context.clock.advance(instant - context.clock.now());
    await coordinator.login(coordinatorName, STRONG_PASSWORD);
    await coordinator.put('/api/auth/acting-organization', { organizationId: federationId });
    for (const volunteer of Object.values(volunteers))
      await volunteer.client.login(volunteer.username, STRONG_PASSWORD);
  }
  let keyCounter = 0;
  const key = () => `test-key-${++keyCounter}-abcdef`;

  const code = async () => (await coordinator.get(`/api/shifts/${shiftId}/checkin-code`)).json().token as string;
  const scan = (client: TestClient, token: string, kind: 'in' | 'out', extra: Record<string, unknown> = {}) =>
    client.post('/api/checkin', { token, kind, idempotencyKey: key(), ...extra });
  const rosterItem = async (volunteerId: string) =>
    ((await coordinator.get(`/api/shifts/${shiftId}/roster`)).json().items as Participation[]).find(
      (item) => item.volunteerId === volunteerId,
    ) as Participation;
  const hoursOf = (volunteerId: string) =>
    context.db.selectFrom('serviceHoursEntries').selectAll().where('volunteerId', '=', volunteerId).execute();

  beforeAll(async () => {
    const { admin } = await setUpInstallation(context.app);
    const tree = await createFederationTree(admin);
    federationId = tree.federationId;
    ({ client: coordinator, username: coordinatorName } = await addMemberWithNewUser(
      context.app,
      admin,
      tree.federationId,
      'volunteer_coordinator',
    ));
    const activity = await createActivity(coordinator, tree.federationId);
    shiftId = (await createShift(coordinator, activity.id, { startsAt: saturdayAt(9), endsAt: saturdayAt(12) })).id;
    for (const name of ['a', 'b', 'c', 'd', 'outsider'] as const) {
      volunteers[name] = await volunteerUserClient(context.app, tree.teamIds[0], { approver: coordinator });
      if (name !== 'outsider')
        expect((await volunteers[name].client.post(`/api/shifts/${shiftId}/signups`, {})).statusCode).toBe(201);
    }
  });

  it('refuses a check-in before the window opens', async () => {
    const refused = await scan(volunteers.a.client, await code(), 'in', { location: INSIDE });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('checkin.window_closed');
  });

  it('refuses forged, garbled and expired codes', async () => {
    await travelTo(saturdayAt(8, 30));
    const token = await code();
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const bad of [forged, 'not-a-token', `${token}.extra`]) {
      const answer = await scan(volunteers.a.client, bad, 'in');
      expect(answer.statusCode).toBe(400);
      expect(answer.json().code).toBe('checkin.token_invalid');
    }
    context.clock.advance(2 * 60_000);
    const expired = await scan(volunteers.a.client, token, 'in');
    expect(expired.json().code).toBe('checkin.token_expired');
  });

  it('checks a volunteer in once, however often the phone retries', async () => {
    const token = await code();
    const preview = await volunteers.a.client.get(`/api/checkin/preview?token=${encodeURIComponent(token)}`);
    // The registry's default window: from an hour before the start to half an hour after it.
    expect(preview.json()).toMatchObject({
      next: 'in',
      hasGeofence: true,
      checkinOpensAt: saturdayAt(8),
      checkinClosesAt: saturdayAt(9, 30),
    });

    const body = { token, kind: 'in', idempotencyKey: 'retry-key-0001', location: INSIDE };
    const first = await volunteers.a.client.post('/api/checkin', body);
    expect(first.statusCode).toBe(200);
    const result = first.json() as CheckResult;
    expect(result.flags).toEqual([]);
    expect(result.distanceM).toBeLessThan(50);

    const retry = await volunteers.a.client.post('/api/checkin', body);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().at).toBe(result.at);
    const events = await context.db
      .selectFrom('checkEvents')
      .select('id')
      .where('participationId', '=', result.participation.id)
      .execute();
    expect(events).toHaveLength(1);

    const again = await scan(volunteers.a.client, token, 'in', { location: INSIDE });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('checkin.already_checked_in');
    // The same key cannot be reused for something else.
    const reused = await volunteers.a.client.post('/api/checkin', { ...body, kind: 'out' });
    expect(reused.json().code).toBe('checkin.idempotency_conflict');
  });

  it('flags a check-in outside the geofence or without a location, and accepts it', async () => {
    const token = await code();
    const far = await scan(volunteers.b.client, token, 'in', { location: FAR_AWAY });
    expect(far.statusCode).toBe(200);
    expect(far.json().flags).toEqual(['outside_geofence']);
    expect((await rosterItem(volunteers.b.volunteerId)).flags).toEqual(['outside_geofence']);

    const outsider = await scan(volunteers.outsider.client, token, 'in', { location: INSIDE });
    expect(outsider.json().code).toBe('checkin.not_signed_up');
  });

  it('lets the lead check in from the roster or by the volunteer personal code', async () => {
    const c = await rosterItem(volunteers.c.volunteerId);
    const fromRoster = await coordinator.post(`/api/participations/${c.id}/checks`, {
      kind: 'in',
      idempotencyKey: key(),
    });
    expect(fromRoster.statusCode).toBe(200);
    expect(fromRoster.json().method).toBe('roster');

    const cards = (await volunteers.d.client.get('/api/me/volunteer-cards')).json().items;
    expect(cards).toHaveLength(1);
    // A volunteer cannot use the lead's scanner.
    const notLead = await volunteers.a.client.post(`/api/shifts/${shiftId}/card-checks`, {
      token: cards[0].token,
      kind: 'in',
      idempotencyKey: key(),
    });
    expect(notLead.statusCode).toBe(404);
    const byCard = await coordinator.post(`/api/shifts/${shiftId}/card-checks`, {
      token: cards[0].token,
      kind: 'in',
      idempotencyKey: key(),
    });
    expect(byCard.statusCode).toBe(200);
    expect(byCard.json().method).toBe('personal_qr');
  });

  it('records pending hours at check-out under the rounding rule', async () => {
    await travelTo(saturdayAt(11, 45));
    const out = await scan(volunteers.a.client, await code(), 'out');
    expect(out.statusCode).toBe(200);
    const result = out.json() as CheckResult;
    expect(result.participation.state).toBe('completed');
    // 08:32 to 11:45 is 193 minutes, capped at the 180-minute shift: 3 whole hours.
    expect(result.creditedHundredths).toBe(300);
    const [entry] = await hoursOf(volunteers.a.volunteerId);
    expect(entry).toMatchObject({ status: 'pending', source: 'checkin', rawMinutes: 193, creditedHundredths: 300 });

    const twice = await scan(volunteers.a.client, await code(), 'out');
    expect(twice.json().code).toBe('checkin.already_checked_out');

    const evaluated = await coordinator.post(`/api/participations/${result.participation.id}/evaluation`, {
      rating: 5,
      comment: '耐心细致，长者很满意',
    });
    expect(evaluated.json().evaluation).toMatchObject({ rating: 5 });
    expect((await hoursOf(volunteers.a.volunteerId))[0]).toMatchObject({ evaluationRating: 5 });
  });

  it('checks out at the shift end, flagged, whoever forgot', async () => {
    await travelTo(saturdayAt(13, 30));
    const config = testConfig();
    const attendance = createAttendanceService({
      db: context.db,
      clock: context.clock,
      config,
      keys: createKeys(config.masterKey as Buffer),
    });
    expect(await attendance.closeForgottenCheckOuts()).toBe(3);
    expect(await attendance.closeForgottenCheckOuts()).toBe(0);
    const b = await rosterItem(volunteers.b.volunteerId);
    expect(b).toMatchObject({ state: 'completed', checkedOutAt: saturdayAt(12) });
    expect(b.flags.sort()).toEqual(['auto_checkout', 'outside_geofence']);
    const [entry] = await hoursOf(volunteers.b.volunteerId);
    expect(entry?.status).toBe('pending');

    const late = await scan(volunteers.b.client, await code(), 'out');
    expect(late.json().code).toBe('checkin.already_checked_out');
  });
});
