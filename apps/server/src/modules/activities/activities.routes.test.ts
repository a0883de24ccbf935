import type { ActivityDetail } from '@liandong/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createActivity, createShift, saturdayAt, WENLING_PLACE } from '../../../test/activity-factories.ts';
import { auditEventsAbout } from '../../../test/db-reads.ts';
import { addMemberWithNewUser, createOrganization, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, type TestClient } from '../../../test/test-client.ts';

describeEachDialect('activities', (t) => {
  let admin: TestClient;
  let agencyId: string;
  let federationId: string;
  let stationId: string;
  let otherStationId: string;
  let coordinator: { client: TestClient; userId: string };
  let stationWorker: { client: TestClient; userId: string };
  let federationSupervisor: { userId: string };

  beforeAll(async () => {
    ({ admin, rootOrganizationId: agencyId } = await setUpInstallation(t.app));
    federationId = (await createOrganization(admin, null, { name: '温岭市义工联', kind: 'volunteer_federation' })).id;
    stationId = (await createOrganization(admin, federationId, { name: '太平服务站', kind: 'service_station' })).id;
    otherStationId = (await createOrganization(admin, federationId, { name: '城东服务站', kind: 'service_station' }))
      .id;
    coordinator = await addMemberWithNewUser(t.app, admin, federationId, 'volunteer_coordinator');
    stationWorker = await addMemberWithNewUser(t.app, admin, stationId, 'social_worker');
    federationSupervisor = await addMemberWithNewUser(t.app, admin, federationId, 'supervisor');
  });

  describe('creating', () => {
    it('publishes the activity in the organizer’s registry, led by its creator unless named, and audits it', async () => {
      const response = await coordinator.client.post('/api/activities', {
        type: 'visit',
        title: '独居长者入户探访',
        organizationId: stationId,
        place: WENLING_PLACE,
        startsAt: saturdayAt(9),
        endsAt: saturdayAt(11),
        beneficiaryGroup: '独居长者',
        riskLevel: 'elevated',
      });
      expect(response.statusCode).toBe(201);
      const activity = json<ActivityDetail>(response);
      expect(activity).toMatchObject({
        type: 'visit',
        title: '独居长者入户探访',
        status: 'published',
        organization: { id: stationId, name: '太平服务站' },
        registry: { id: federationId, name: '温岭市义工联' },
        lead: { userId: coordinator.userId },
        coOrganizers: [],
        place: WENLING_PLACE,
        beneficiaryGroup: '独居长者',
        riskLevel: 'elevated',
        shifts: [],
        insurancePolicies: [],
        insuranceRequired: true,
      });
      const [event] = await auditEventsAbout(t.db, activity.id);
      expect(event).toMatchObject({ action: 'activities.create' });
      expect(event?.scopePath).toContain(stationId);
    });

    it('records an activity without volunteers or a place, such as a social worker’s phone follow-up', async () => {
      const activity = await createActivity(stationWorker.client, stationId, {
        type: 'case_service',
        title: '个案电话回访',
        place: null,
        beneficiaryGroup: undefined,
      });
      expect(activity).toMatchObject({ place: null, beneficiaryGroup: null, riskLevel: 'low', shifts: [] });
      expect(activity.lead.userId).toBe(stationWorker.userId);
    });

    it('takes as lead a social worker, supervisor or administrator of the organizer or above it, and nobody else', async () => {
      const staff = await addMemberWithNewUser(t.app, admin, stationId, 'staff');
      const volunteerUser = await addMemberWithNewUser(t.app, admin, stationId, 'volunteer');
      const siblingWorker = await addMemberWithNewUser(t.app, admin, otherStationId, 'social_worker');
      const agencyWorker = await addMemberWithNewUser(t.app, admin, agencyId, 'social_worker');

      for (const leadUserId of [stationWorker.userId, federationSupervisor.userId]) {
        const activity = await createActivity(coordinator.client, stationId, { leadUserId });
        expect(activity.lead.userId).toBe(leadUserId);
      }
      for (const leadUserId of [
        staff.userId,
        volunteerUser.userId,
        siblingWorker.userId,
        agencyWorker.userId,
        '0190f5e4-0000-7000-8000-000000000000',
      ]) {
        const response = await coordinator.client.post('/api/activities', {
          type: 'visit',
          title: '探访',
          organizationId: stationId,
          startsAt: saturdayAt(9),
          endsAt: saturdayAt(10),
          leadUserId,
        });
        expect(response.statusCode, leadUserId).toBe(400);
        expect(json(response)).toMatchObject({
          code: 'activities.lead_not_found',
          details: [{ path: 'body.leadUserId' }],
        });
      }
    });

    it('refuses bad times and places with a code the form can show', async () => {
      const base = {
        type: 'visit',
        title: '探访',
        organizationId: stationId,
        startsAt: saturdayAt(9),
        endsAt: saturdayAt(10),
      };
      const cases: [Record<string, unknown>, number, string][] = [
        [{ endsAt: saturdayAt(9) }, 400, 'activities.time_range'],
        [{ endsAt: saturdayAt(8) }, 400, 'activities.time_range'],
        [{ place: { address: '某地', latitude: 28.3 } }, 400, 'validation.failed'],
        [{ place: { address: '某地', latitude: 91, longitude: 121 } }, 400, 'validation.failed'],
        [{ place: { address: '某地', latitude: 28, longitude: 181 } }, 400, 'validation.failed'],
        [{ place: { address: '某地', latitude: 28, longitude: 121, geofenceM: 19 } }, 400, 'validation.failed'],
        [{ place: { address: '某地', latitude: 28, longitude: 121, geofenceM: 5001 } }, 400, 'validation.failed'],
        [{ place: { address: '某地', geofenceM: 100 } }, 400, 'validation.failed'],
        [{ place: { address: '' } }, 400, 'validation.failed'],
        [{ type: 'party' }, 400, 'validation.failed'],
        [{ riskLevel: 'extreme' }, 400, 'validation.failed'],
        [{ organizationId: agencyId }, 404, 'organizations.not_found'],
      ];
      for (const [fields, status, code] of cases) {
        const response = await coordinator.client.post('/api/activities', { ...base, ...fields });
        expect(response.statusCode, JSON.stringify(fields)).toBe(status);
        expect(json(response).code, JSON.stringify(fields)).toBe(code);
      }
      const volunteerUser = await addMemberWithNewUser(t.app, admin, stationId, 'volunteer');
      expect((await volunteerUser.client.post('/api/activities', base)).statusCode).toBe(403);
    });
  });

  describe('co-organizers', () => {
    let joint: ActivityDetail;
    let agencyAdmin: TestClient;
    let unrelatedAdmin: TestClient;

    beforeAll(async () => {
      const unrelatedId = (await createOrganization(admin, null, { name: '无关机构' })).id;
      agencyAdmin = (await addMemberWithNewUser(t.app, admin, agencyId, 'org_admin')).client;
      unrelatedAdmin = (await addMemberWithNewUser(t.app, admin, unrelatedId, 'org_admin')).client;
      joint = await createActivity(admin, stationId, {
        title: '社工引领义工联合探访',
        coOrganizers: [{ organizationId: agencyId, role: 'lead' }],
      });
    });

    it('draws volunteers from a co-organizing federation when the agency organizes (社工引领义工)', async () => {
      const agencyWorker = await addMemberWithNewUser(t.app, admin, agencyId, 'social_worker');
      const linked = await createActivity(agencyWorker.client, agencyId, {
        title: '社工带领义工入户探访',
        coOrganizers: [{ organizationId: federationId, role: 'assist' }],
      });
      expect(linked.registry?.id).toBe(federationId);
      const alone = await createActivity(agencyWorker.client, agencyId, { title: '社工个案家访' });
      expect(alone.registry?.id).toBe(agencyId);
    });

    it('shows the joint activity to the co-organizing agency and hides it from an unrelated one', async () => {
      expect(joint.coOrganizers).toEqual([{ organizationId: agencyId, name: '阳光社会工作服务中心', role: 'lead' }]);
      const seen = await agencyAdmin.get(`/api/activities/${joint.id}`);
      expect(seen.statusCode).toBe(200);
      expect(json(seen).title).toBe('社工引领义工联合探访');
      expect(json(await agencyAdmin.get('/api/activities?q=联合探访')).items.map((a: any) => a.id)).toEqual([joint.id]);

      const hidden = await unrelatedAdmin.get(`/api/activities/${joint.id}`);
      expect(hidden.statusCode).toBe(404);
      expect(json(hidden).code).toBe('activities.not_found');
      expect(json(await unrelatedAdmin.get('/api/activities')).items).toEqual([]);
    });

    it('lets a co-organizer see but not change the activity', async () => {
      const response = await agencyAdmin.patch(`/api/activities/${joint.id}`, { title: '改名' });
      expect(response.statusCode).toBe(403);
      expect((await agencyAdmin.post(`/api/activities/${joint.id}/cancel`)).statusCode).toBe(403);
      expect((await unrelatedAdmin.patch(`/api/activities/${joint.id}`, { title: '改名' })).statusCode).toBe(404);
    });

    it('names any existing organization, once each, and never the organizer itself', async () => {
      const base = {
        type: 'visit',
        title: '探访',
        organizationId: stationId,
        startsAt: saturdayAt(9),
        endsAt: saturdayAt(10),
      };
      const cases: [unknown, number, string][] = [
        [
          [{ organizationId: '0190f5e4-0000-7000-8000-000000000000', role: 'assist' }],
          400,
          'activities.co_organizer_not_found',
        ],
        [[{ organizationId: stationId, role: 'assist' }], 400, 'validation.failed'],
        [
          [
            { organizationId: otherStationId, role: 'assist' },
            { organizationId: otherStationId, role: 'lead' },
          ],
          400,
          'validation.failed',
        ],
        [[{ organizationId: otherStationId, role: 'boss' }], 400, 'validation.failed'],
      ];
      for (const [coOrganizers, status, code] of cases) {
        const response = await coordinator.client.post('/api/activities', { ...base, coOrganizers });
        expect(response.statusCode, JSON.stringify(coOrganizers)).toBe(status);
        expect(json(response).code, JSON.stringify(coOrganizers)).toBe(code);
      }
      const created = await createActivity(coordinator.client, stationId, {
        coOrganizers: [{ organizationId: otherStationId, role: 'assist' }],
      });
      expect(created.coOrganizers).toEqual([{ organizationId: otherStationId, name: '城东服务站', role: 'assist' }]);
    });
  });

  describe('editing and cancelling', () => {
    it('changes only the fields sent, replaces co-organizers, and records before and after', async () => {
      const activity = await createActivity(coordinator.client, stationId, {
        coOrganizers: [{ organizationId: otherStationId, role: 'assist' }],
      });
      const response = await coordinator.client.patch(`/api/activities/${activity.id}`, {
        title: '重阳节敬老活动',
        place: null,
        riskLevel: 'high',
        coOrganizers: [],
        leadUserId: stationWorker.userId,
      });
      expect(response.statusCode).toBe(200);
      expect(json(response)).toMatchObject({
        title: '重阳节敬老活动',
        content: activity.content,
        place: null,
        riskLevel: 'high',
        insuranceRequired: true,
        coOrganizers: [],
        lead: { userId: stationWorker.userId },
        startsAt: activity.startsAt,
      });
      const update = (await auditEventsAbout(t.db, activity.id)).find((event) => event.action === 'activities.update');
      const changes = JSON.parse(update!.changes!);
      expect(changes.title).toEqual({ before: activity.title, after: '重阳节敬老活动' });
      expect(changes.address.after).toBeNull();
      expect(changes.coOrganizers.after).toEqual([]);

      const badLead = await coordinator.client.patch(`/api/activities/${activity.id}`, {
        leadUserId: '0190f5e4-0000-7000-8000-000000000000',
      });
      expect(json(badLead).code).toBe('activities.lead_not_found');
      const backwards = await coordinator.client.patch(`/api/activities/${activity.id}`, { endsAt: activity.startsAt });
      expect(json(backwards).code).toBe('activities.time_range');
    });

    it('refuses to move the activity away from its open shifts', async () => {
      const activity = await createActivity(coordinator.client, stationId);
      await createShift(coordinator.client, activity.id, { startsAt: saturdayAt(13), endsAt: saturdayAt(17) });
      const response = await coordinator.client.patch(`/api/activities/${activity.id}`, { endsAt: saturdayAt(12) });
      expect(response.statusCode).toBe(409);
      expect(json(response).code).toBe('activities.time_range');
      const longer = await coordinator.client.patch(`/api/activities/${activity.id}`, { endsAt: saturdayAt(18) });
      expect(json(longer).endsAt).toBe(saturdayAt(18));
    });

    it('cancels the activity with its open shifts, once', async () => {
      const activity = await createActivity(coordinator.client, stationId);
      const first = await createShift(coordinator.client, activity.id, {
        startsAt: saturdayAt(9),
        endsAt: saturdayAt(12),
      });
      await createShift(coordinator.client, activity.id, { startsAt: saturdayAt(13), endsAt: saturdayAt(17) });
      expect((await coordinator.client.post(`/api/shifts/${first.id}/cancel`)).statusCode).toBe(200);

      const response = await coordinator.client.post(`/api/activities/${activity.id}/cancel`);
      expect(response.statusCode).toBe(200);
      const cancelled = json<ActivityDetail>(response);
      expect(cancelled.status).toBe('cancelled');
      expect(cancelled.shifts.map((shift) => shift.status)).toEqual(['cancelled', 'cancelled']);
      const event = (await auditEventsAbout(t.db, activity.id)).find((e) => e.action === 'activities.cancel');
      expect(JSON.parse(event!.changes!).cancelledShiftIds.after).toHaveLength(1);

      for (const [method, url, body] of [
        ['post', `/api/activities/${activity.id}/cancel`, undefined],
        ['patch', `/api/activities/${activity.id}`, { title: '复活' }],
        [
          'post',
          `/api/activities/${activity.id}/shifts`,
          { role: '补位', capacity: 1, startsAt: saturdayAt(9), endsAt: saturdayAt(10) },
        ],
      ] as const) {
        const refused = await coordinator.client[method](url, body);
        expect(refused.statusCode, url).toBe(409);
        expect(json(refused).code, url).toBe('activities.cancelled');
      }
    });
  });

  describe('listing', () => {
    let listed: { festival: ActivityDetail; training: ActivityDetail; other: ActivityDetail };

    beforeAll(async () => {
      const festival = await createActivity(coordinator.client, stationId, {
        title: '元旦游园会',
        type: 'large_event',
        startsAt: Date.UTC(2027, 0, 1, 1),
        endsAt: Date.UTC(2027, 0, 1, 8),
        leadUserId: stationWorker.userId,
        coOrganizers: [{ organizationId: otherStationId, role: 'assist' }],
      });
      const a = await createShift(coordinator.client, festival.id, { capacity: 20 });
      await createShift(coordinator.client, festival.id, { capacity: 5 });
      const cancelled = await createShift(coordinator.client, festival.id, { capacity: 100 });
      await coordinator.client.post(`/api/shifts/${cancelled.id}/cancel`);
      await t.db.updateTable('shifts').set({ confirmedCount: 7 }).where('id', '=', a.id).execute();
      const training = await createActivity(coordinator.client, otherStationId, {
        title: '元旦急救培训',
        type: 'training',
        startsAt: Date.UTC(2026, 11, 31, 15, 30),
        endsAt: Date.UTC(2026, 11, 31, 17),
      });
      const other = await createActivity(coordinator.client, federationId, {
        title: '元旦前夜巡查',
        startsAt: Date.UTC(2026, 11, 31, 12),
        endsAt: Date.UTC(2026, 11, 31, 15, 59),
      });
      listed = { festival: await get(festival.id), training, other };
    });

    const get = async (id: string) => json<ActivityDetail>(await coordinator.client.get(`/api/activities/${id}`));
    const ids = async (client: TestClient, query: string) => {
      const response = await client.get(`/api/activities?${query}`);
      expect(response.statusCode, `${query}: ${response.body}`).toBe(200);
      return json(response).items.map((item: { id: string }) => item.id);
    };

    it('carries open-shift totals, the lead’s name and co-organizer names on each row', async () => {
      const response = await coordinator.client.get('/api/activities?q=元旦游园');
      const [row] = json(response).items;
      expect(row).toMatchObject({
        id: listed.festival.id,
        shiftCount: 2,
        totalCapacity: 25,
        confirmedCount: 7,
        lead: { userId: stationWorker.userId, displayName: expect.any(String) },
        coOrganizers: [{ organizationId: otherStationId, name: '城东服务站', role: 'assist' }],
      });
      expect(json(response).total).toBe(1);
      expect(listed.festival.shifts.map((shift) => shift.seatsLeft)).toEqual([13, 5, 100]);
    });

    it('filters by calendar day in Shanghai time, type, organization subtree, title and status', async () => {
      // 2027-01-01 Shanghai runs from 2026-12-31 16:00 UTC: the training overlaps it, the patrol ends just before.
      expect((await ids(coordinator.client, 'from=2027-01-01&to=2027-01-01')).sort()).toEqual(
        [listed.festival.id, listed.training.id].sort(),
      );
      expect(await ids(coordinator.client, 'from=2026-12-31&to=2026-12-31&q=元旦')).toEqual([
        listed.training.id,
        listed.other.id,
      ]);
      expect(await ids(coordinator.client, 'type=training&q=元旦')).toEqual([listed.training.id]);
      // The festival is co-organized by the other station, so it counts there too.
      expect(await ids(coordinator.client, `organizationId=${otherStationId}&q=元旦`)).toEqual([
        listed.festival.id,
        listed.training.id,
      ]);
      expect(await ids(coordinator.client, `organizationId=${stationId}&q=元旦`)).toEqual([listed.festival.id]);
      expect(await ids(coordinator.client, 'status=cancelled&q=元旦')).toEqual([]);
      const page = json(await coordinator.client.get('/api/activities?q=元旦&pageSize=1&page=2'));
      expect(page).toMatchObject({ total: 3, page: 2, pageSize: 1, items: [{ id: listed.training.id }] });
    });

    it('is for those who follow volunteers or coordinate activities, within their subtree', async () => {
      const staff = await addMemberWithNewUser(t.app, admin, otherStationId, 'staff');
      expect(await ids(staff.client, 'q=元旦')).toEqual([listed.festival.id, listed.training.id]);
      const volunteerUser = await addMemberWithNewUser(t.app, admin, stationId, 'volunteer');
      const refused = await volunteerUser.client.get('/api/activities');
      expect(refused.statusCode).toBe(403);
      expect(json(refused).code).toBe('auth.forbidden');
      expect((await volunteerUser.client.get(`/api/activities/${listed.festival.id}`)).statusCode).toBe(404);
      const foreign = await coordinator.client.get(`/api/activities?organizationId=${agencyId}`);
      expect(json(foreign).code).toBe('organizations.not_found');
    });
  });
});
