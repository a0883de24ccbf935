import type { OpenShift } from '@liandong/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createActivity, createShift, insertVolunteerRow, saturdayAt } from '../../../test/activity-factories.ts';
import { addMemberWithNewUser, createOrganization, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, type TestClient } from '../../../test/test-client.ts';
import { newId } from '../../lib/ids.ts';

// Wenling's centre, a village about 11 km to the south-west, and Taizhou's centre about 40 km to the north.
const CENTRE = { address: '温岭市太平街道', latitude: 28.3718, longitude: 121.386, geofenceM: 200 };
const VILLAGE = { address: '温岭市大溪镇', latitude: 28.3, longitude: 121.3 };
const TAIZHOU = { address: '台州市椒江区', latitude: 28.6561, longitude: 121.4208 };

describeEachDialect('open shifts for volunteers', (t) => {
  let admin: TestClient;
  let coordinator: TestClient;
  let volunteer: { client: TestClient; userId: string };
  let volunteerId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ admin } = await setUpInstallation(t.app));
    const federation = (await createOrganization(admin, null, { name: '温岭市义工联', kind: 'volunteer_federation' }))
      .id;
    const station = (await createOrganization(admin, federation, { name: '太平服务站', kind: 'service_station' })).id;
    const otherStation = (await createOrganization(admin, federation, { name: '城东服务站', kind: 'service_station' }))
      .id;
    const team = (await createOrganization(admin, otherStation, { name: '城东蓝马甲队', kind: 'volunteer_team' })).id;
    const otherFederation = (
      await createOrganization(admin, null, { name: '路桥区义工联', kind: 'volunteer_federation' })
    ).id;
    coordinator = (await addMemberWithNewUser(t.app, admin, federation, 'volunteer_coordinator')).client;

    // Registered at the station, and a member of a team under the other station.
    volunteer = await addMemberWithNewUser(t.app, admin, station, 'volunteer');
    volunteerId = await insertVolunteerRow(t.db, station, {
      userId: volunteer.userId,
      skills: ['first_aid'],
      teams: [{ teamId: team, role: 'member' }],
    });

    const shiftIn = async (name: string, organizationId: string, activity: Record<string, unknown>, shift = {}) => {
      const created = await createActivity(name === 'foreign' ? admin : coordinator, organizationId, activity);
      ids[name] = (await createShift(name === 'foreign' ? admin : coordinator, created.id, shift)).id;
      ids[`${name}Activity`] = created.id;
    };
    await shiftIn('federation', federation, { title: '义工联大型活动', place: TAIZHOU, type: 'large_event' });
    await shiftIn('station', station, { title: '站点探访', place: CENTRE, riskLevel: 'elevated' });
    await shiftIn('team', team, { title: '队伍活动', place: VILLAGE }, { requiredSkills: ['first_aid'] });
    await shiftIn(
      'teamNoPlace',
      team,
      { title: '线上培训', place: null, type: 'training' },
      { requiredSkills: ['it'] },
    );
    // Organized by the other station itself: on the path of the volunteer's team.
    await shiftIn('otherStation', otherStation, {
      title: '城东活动',
      place: CENTRE,
      startsAt: Date.UTC(2026, 11, 5, 1),
      endsAt: Date.UTC(2026, 11, 5, 5),
    });
    await shiftIn('foreign', otherFederation, { title: '路桥活动', place: CENTRE });

    // Not open to anyone: cancelled, in a cancelled activity, already over.
    const withCancelled = await createActivity(coordinator, station, { title: '取消的岗位' });
    ids.cancelledShift = (await createShift(coordinator, withCancelled.id)).id;
    await coordinator.post(`/api/shifts/${ids.cancelledShift}/cancel`);
    const cancelled = await createActivity(coordinator, station, { title: '取消的活动' });
    ids.cancelledActivity = (await createShift(coordinator, cancelled.id)).id;
    await coordinator.post(`/api/activities/${cancelled.id}/cancel`);
    const past = await createActivity(coordinator, station, {
      title: '今天上午的活动',
      startsAt: Date.UTC(2026, 10, 23, 0),
      endsAt: Date.UTC(2026, 10, 23, 4),
    });
    ids.ended = (
      await createShift(coordinator, past.id, {
        endsAt: Date.UTC(2026, 10, 23, 1, 59),
        startsAt: Date.UTC(2026, 10, 23, 0),
      })
    ).id;
    ids.running = (
      await createShift(coordinator, past.id, {
        startsAt: Date.UTC(2026, 10, 23, 1),
        endsAt: Date.UTC(2026, 10, 23, 4),
      })
    ).id;
  });

  const list = async (query = '') => {
    const response = await volunteer.client.get(`/api/me/open-shifts${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return json<{ items: OpenShift[] }>(response).items;
  };
  const shiftIds = (items: OpenShift[]) => items.map((item) => item.id);

  it('lists open, unfinished shifts organized along the volunteer’s own paths, soonest first', async () => {
    const items = await list();
    expect(shiftIds(items)).toEqual([
      ids.running,
      ids.federation,
      ids.station,
      ids.team,
      ids.teamNoPlace,
      ids.otherStation,
    ]);
    const station = items.find((item) => item.id === ids.station)!;
    expect(station).toMatchObject({
      volunteerId,
      seatsLeft: 10,
      participation: null,
      distanceKm: null,
      activity: {
        title: '站点探访',
        type: 'community_activity',
        riskLevel: 'elevated',
        organization: { name: '太平服务站' },
        place: { address: CENTRE.address, latitude: CENTRE.latitude },
      },
    });
  });

  it('keeps out other registries, cancelled shifts and activities, and shifts already over', async () => {
    const seen = shiftIds(await list());
    for (const name of ['foreign', 'cancelledShift', 'cancelledActivity', 'ended'])
      expect(seen, name).not.toContain(ids[name]);
  });

  it('filters by calendar day and by skill (shifts asking for it or for none)', async () => {
    expect(shiftIds(await list('?from=2026-11-28&to=2026-11-28'))).toEqual([
      ids.federation,
      ids.station,
      ids.team,
      ids.teamNoPlace,
    ]);
    expect(shiftIds(await list('?from=2026-11-29'))).toEqual([ids.otherStation]);
    expect(shiftIds(await list('?to=2026-11-23'))).toEqual([ids.running]);
    const firstAid = shiftIds(await list('?skill=first_aid&from=2026-11-28'));
    expect(firstAid).toEqual([ids.federation, ids.station, ids.team, ids.otherStation]);
    expect(shiftIds(await list('?skill=it&from=2026-11-28'))).toEqual([
      ids.federation,
      ids.station,
      ids.teamNoPlace,
      ids.otherStation,
    ]);
  });

  it('sorts by distance from where the volunteer is and cuts at the radius', async () => {
    const near = await list(`?near=${CENTRE.latitude},${CENTRE.longitude}&from=2026-11-28&to=2026-11-28`);
    expect(shiftIds(near)).toEqual([ids.station, ids.team, ids.federation, ids.teamNoPlace]);
    expect(near.map((item) => item.distanceKm)).toEqual([0, expect.any(Number), expect.any(Number), null]);
    expect(near[1]!.distanceKm).toBeGreaterThan(10);
    expect(near[1]!.distanceKm).toBeLessThan(13);
    expect(near[2]!.distanceKm).toBeGreaterThan(30);

    const within = await list(`?near=${CENTRE.latitude},${CENTRE.longitude}&radiusKm=15&from=2026-11-28&to=2026-11-28`);
    expect(shiftIds(within)).toEqual([ids.station, ids.team]);
  });

  it('shows the volunteer’s own place on a shift and the seats left', async () => {
    await t.db
      .insertInto('participations')
      .values({
        id: newId(),
        shiftId: ids.station!,
        activityId: ids.stationActivity!,
        volunteerId,
        state: 'waitlisted',
        startsAt: saturdayAt(9),
        endsAt: saturdayAt(17),
        requestedAt: 0,
        flags: '[]',
        updatedAt: 0,
      })
      .execute();
    await t.db.updateTable('shifts').set({ confirmedCount: 10 }).where('id', '=', ids.station!).execute();
    const station = (await list()).find((item) => item.id === ids.station)!;
    expect(station).toMatchObject({ participation: { state: 'waitlisted' }, seatsLeft: 0, waitlistedCount: 1 });
  });

  it('gives an empty list to a user with no volunteer record, and refuses bad filters', async () => {
    const staff = await addMemberWithNewUser(t.app, admin, (await createOrganization(admin, null)).id, 'org_admin');
    const response = await staff.client.get('/api/me/open-shifts');
    expect(json(response)).toEqual({ items: [] });
    for (const query of [
      'near=91,121',
      'near=28.3',
      'radiusKm=5',
      'near=28,121&radiusKm=0',
      'from=2026-13-01',
      'skill=急救',
    ]) {
      const refused = await volunteer.client.get(`/api/me/open-shifts?${query}`);
      expect(refused.statusCode, query).toBe(400);
      expect(json(refused).code, query).toBe('validation.failed');
    }
    const signedOut = await t.app.inject({ method: 'GET', url: '/api/me/open-shifts' });
    expect(signedOut.statusCode).toBe(401);
  });

  describe('across registries', () => {
    it('lists each registry’s shifts with the volunteer record that may sign up for them', async () => {
      const otherFederation = (await createOrganization(admin, null, { kind: 'volunteer_federation' })).id;
      const secondRecord = await insertVolunteerRow(t.db, otherFederation, { userId: volunteer.userId });
      const activity = await createActivity(admin, otherFederation, { title: '第二个义工联的活动' });
      const shift = await createShift(admin, activity.id);
      const items = await list('?from=2026-11-28&to=2026-11-28');
      expect(items.find((item) => item.id === shift.id)?.volunteerId).toBe(secondRecord);
      expect(items.find((item) => item.id === ids.station)?.volunteerId).toBe(volunteerId);
      // An exited record no longer opens its registry's shifts.
      await t.db.updateTable('volunteers').set({ status: 'exited' }).where('id', '=', secondRecord).execute();
      expect(shiftIds(await list())).not.toContain(shift.id);
    });
  });
});
