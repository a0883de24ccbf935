import type { LedShifts } from '@liandong/domain';
import { beforeAll, expect, it } from 'vitest';
import { createActivity, createShift, saturdayAt } from '../../../test/activity-factories.ts';
import { addMemberWithNewUser, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, type TestClient } from '../../../test/test-client.ts';
import { createFederationTree, volunteerUserClient } from '../../../test/volunteer-factories.ts';

const DAY = 86_400_000;

describeEachDialect('the shifts a user leads on a day', (t) => {
  let coordinator: TestClient;
  let otherCoordinator: TestClient;
  let teamLead: TestClient;
  let member: TestClient;
  const shifts: Record<'led' | 'unled' | 'sunday' | 'elsewhere', string> = {} as never;

  beforeAll(async () => {
    const { admin } = await setUpInstallation(t.app);
    const tree = await createFederationTree(admin);
    const other = await createFederationTree(admin);
    coordinator = (await addMemberWithNewUser(t.app, admin, tree.federationId, 'volunteer_coordinator')).client;
    otherCoordinator = (await addMemberWithNewUser(t.app, admin, other.federationId, 'volunteer_coordinator')).client;
    const lead = await volunteerUserClient(t.app, tree.teamIds[0]!, { approver: coordinator });
    await coordinator.put(`/api/volunteers/${lead.volunteerId}/teams/${tree.teamIds[0]}`, { role: 'team_lead' });
    teamLead = lead.client;
    member = (await volunteerUserClient(t.app, tree.teamIds[0]!, { approver: coordinator })).client;

    const saturday = await createActivity(coordinator, tree.federationId, { title: '周六长者探访' });
    shifts.led = (await createShift(coordinator, saturday.id, { role: '带队', leadVolunteerId: lead.volunteerId })).id;
    shifts.unled = (await createShift(coordinator, saturday.id, { role: '签到台' })).id;
    const sunday = await createActivity(coordinator, tree.federationId, {
      title: '周日义诊',
      startsAt: saturdayAt(9) + DAY,
      endsAt: saturdayAt(12) + DAY,
    });
    shifts.sunday = (await createShift(coordinator, sunday.id)).id;
    const elsewhere = await createActivity(otherCoordinator, other.federationId, { title: '别处的活动' });
    shifts.elsewhere = (await createShift(otherCoordinator, elsewhere.id)).id;
  });

  const ledOn = async (client: TestClient, date?: string) => {
    const response = await client.get(`/api/me/led-shifts${date ? `?date=${date}` : ''}`);
    expect(response.statusCode, response.body).toBe(200);
    return json<LedShifts>(response).items.map((roster) => roster.shift.id);
  };

  it('gives a coordinator every shift of the day in their subtree, with its roster', async () => {
    expect((await ledOn(coordinator, '2026-11-28')).sort()).toEqual([shifts.led, shifts.unled].sort());
    expect(await ledOn(coordinator, '2026-11-29')).toEqual([shifts.sunday]);
    expect(await ledOn(otherCoordinator, '2026-11-28')).toEqual([shifts.elsewhere]);
    const [roster] = json<LedShifts>(await coordinator.get('/api/me/led-shifts?date=2026-11-29')).items;
    expect(roster?.shift).toMatchObject({ activityTitle: '周日义诊', confirmedCount: 0 });
    expect(roster?.items).toEqual([]);
  });

  it('gives a team lead only the shift naming them, and a plain volunteer none', async () => {
    expect(await ledOn(teamLead, '2026-11-28')).toEqual([shifts.led]);
    expect(await ledOn(member, '2026-11-28')).toEqual([]);
  });

  it('defaults to today, and refuses a date that is not one', async () => {
    // The test clock stands on 2026-11-23, a day without shifts.
    expect(await ledOn(coordinator)).toEqual([]);
    const refused = await coordinator.get('/api/me/led-shifts?date=2026-02-30');
    expect(refused.statusCode).toBe(400);
    expect(json(refused).code).toBe('validation.failed');
  });
});
