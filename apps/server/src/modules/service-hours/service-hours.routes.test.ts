import type { HoursEntry, HoursEntryPage, MyHours } from '@liandong/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEventsAbout } from '../../../test/db-reads.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json } from '../../../test/test-client.ts';
import { newId } from '../../lib/ids.ts';
import { insertActivity, insertVolunteer, memberOf } from './service-hours.fixtures.ts';
import { decideHours, type HoursWorld, recordHours, setUpHoursWorld } from './service-hours.world.ts';

// The test clock stands at 2026-11-23 10:00 in Asia/Shanghai.
const TODAY = '2026-11-23';
const at = (day: string, hour: number, minute = 0) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), hour - 8, minute);

describeEachDialect('service hours: recording', (t) => {
  let w: HoursWorld;

  beforeAll(async () => {
    w = await setUpHoursWorld(t.app, t.db);
  });

  describe('a coordinator records hours for a volunteer', () => {
    it('credits the minutes under the registry rule, pending, recorded by the coordinator for their organization', async () => {
      const response = await w.coordinator.client.post('/api/service-hours', {
        volunteerId: w.volunteer.id,
        serviceDate: '2026-11-22',
        rawMinutes: 100,
        content: '陪伴社区长者',
        place: '幸福里社区',
      });
      expect(response.statusCode).toBe(201);
      const entry = json<HoursEntry>(response);
      // Default bands: a full hour is 1 h, the 40 minutes left fall in the 15–45 band: 0.5 h.
      expect(entry).toMatchObject({
        volunteerId: w.volunteer.id,
        volunteerName: w.volunteer.name,
        volunteerLocalNo: w.volunteer.localNo,
        serviceDate: '2026-11-22',
        rawMinutes: 100,
        creditedHundredths: 150,
        source: 'coordinator',
        kind: 'original',
        status: 'pending',
        place: '幸福里社区',
        content: '陪伴社区长者',
        recordedBy: w.coordinator.userId,
        recordingOrganizationId: w.a.federation.id,
        decidedBy: null,
        ownEntry: false,
        flags: [],
      });
      expect(entry.roundingRule?.kind).toBe('bands');
      expect(entry.recorderName).toBeTruthy();
      const [event] = await auditEventsAbout(t.db, entry.id);
      expect(event).toMatchObject({ action: 'service_hours.create', userId: w.coordinator.userId });
    });

    it('takes the minutes from start and end, and the organizer, lead and place from the activity', async () => {
      const activityId = await insertActivity(t.db, w.a.station, w.a.federation.id, w.socialWorker.userId, {
        address: '阳光社区活动中心',
      });
      const entry = await recordHours(w.coordinator.client, w.volunteer.id, {
        activityId,
        serviceDate: '2026-11-21',
        rawMinutes: undefined,
        startedAt: at('2026-11-21', 9),
        endedAt: at('2026-11-21', 10, 30),
      });
      expect(entry).toMatchObject({
        rawMinutes: 90,
        creditedHundredths: 150,
        activityId,
        recordingOrganizationId: w.a.station.id,
        leadUserId: w.socialWorker.userId,
        place: '阳光社区活动中心',
        startedAt: at('2026-11-21', 9),
      });
      expect(entry.leadName).toBeTruthy();
      expect(entry.activityTitle).toContain('社区探访活动');
    });

    it('stores a credited override with the manual rule', async () => {
      const entry = await recordHours(w.coordinator.client, w.volunteer.id, { rawMinutes: 20, creditedHours: 2.5 });
      expect(entry.creditedHundredths).toBe(250);
      expect(entry.rawMinutes).toBe(20);
      expect(entry.roundingRule).toEqual({ kind: 'manual' });
    });

    it('refuses service in the future and inconsistent durations, recording nothing', async () => {
      const before = json<HoursEntryPage>(await w.coordinator.client.get('/api/service-hours?status=all')).total;
      const body = { volunteerId: w.volunteer.id, serviceDate: TODAY, rawMinutes: 60, content: '值班' };
      const cases: [Record<string, unknown>, number, string, string?][] = [
        [{ serviceDate: '2026-11-24' }, 400, 'hours.future_date', 'body.serviceDate'],
        [
          { rawMinutes: undefined, startedAt: at(TODAY, 9), endedAt: at(TODAY, 11) },
          400,
          'hours.future_date',
          'body.endedAt',
        ],
        [
          {
            rawMinutes: undefined,
            serviceDate: '2026-11-20',
            startedAt: at('2026-11-21', 9),
            endedAt: at('2026-11-21', 10),
          },
          400,
          'validation.failed',
          'body.serviceDate',
        ],
        [
          { startedAt: at('2026-11-22', 9), endedAt: at('2026-11-22', 10) },
          400,
          'validation.failed',
          'body.rawMinutes',
        ],
        [{ rawMinutes: undefined }, 400, 'validation.failed', 'body.rawMinutes'],
        [{ rawMinutes: undefined, startedAt: at('2026-11-22', 9) }, 400, 'validation.failed', 'body.endedAt'],
        [
          { rawMinutes: undefined, startedAt: at('2026-11-22', 10), endedAt: at('2026-11-22', 9) },
          400,
          'validation.failed',
          'body.endedAt',
        ],
        [{ rawMinutes: 0 }, 400, 'validation.failed', 'body.rawMinutes'],
        [{ rawMinutes: 1441 }, 400, 'validation.failed', 'body.rawMinutes'],
        [{ creditedHours: 1.234 }, 400, 'validation.failed', 'body.creditedHours'],
        [{ serviceDate: '2026-02-30' }, 400, 'validation.failed', 'body.serviceDate'],
        [{ content: '  ' }, 400, 'validation.failed', 'body.content'],
        [{ volunteerId: w.otherVolunteer.id }, 404, 'volunteers.not_found'],
        [{ volunteerId: newId() }, 404, 'volunteers.not_found'],
        [{ activityId: newId() }, 404, 'activities.not_found', 'body.activityId'],
        [{ leadUserId: newId() }, 404, 'users.not_found', 'body.leadUserId'],
      ];
      for (const [fields, status, code, path] of cases) {
        const response = await w.coordinator.client.post('/api/service-hours', { ...body, ...fields });
        expect(response.statusCode, JSON.stringify(fields)).toBe(status);
        expect(json(response).code, JSON.stringify(fields)).toBe(code);
        if (path) expect(JSON.stringify(json(response).details), JSON.stringify(fields)).toContain(path);
      }
      const after = json<HoursEntryPage>(await w.coordinator.client.get('/api/service-hours?status=all')).total;
      expect(after).toBe(before);
    });

    it("refuses another federation's activity and a cancelled one", async () => {
      const foreign = await insertActivity(t.db, w.b.station, w.b.federation.id, w.otherCoordinator.userId);
      const cancelled = await insertActivity(t.db, w.a.station, w.a.federation.id, w.socialWorker.userId, {
        status: 'cancelled',
      });
      const base = { volunteerId: w.volunteer.id, serviceDate: TODAY, rawMinutes: 60, content: '值班' };
      const foreignResponse = await w.coordinator.client.post('/api/service-hours', { ...base, activityId: foreign });
      expect([foreignResponse.statusCode, json(foreignResponse).code]).toEqual([404, 'activities.not_found']);
      const cancelledResponse = await w.coordinator.client.post('/api/service-hours', {
        ...base,
        activityId: cancelled,
      });
      expect([cancelledResponse.statusCode, json(cancelledResponse).code]).toEqual([409, 'activities.cancelled']);
    });

    it('takes volunteers.manage: a social worker may record, staff and supervisors may not', async () => {
      await recordHours(w.socialWorker.client, w.volunteer.id);
      for (const member of [w.staff, w.supervisor]) {
        const response = await member.client.post('/api/service-hours', {
          volunteerId: w.volunteer.id,
          serviceDate: TODAY,
          rawMinutes: 60,
          content: '值班',
        });
        expect([response.statusCode, json(response).code]).toEqual([403, 'auth.forbidden']);
      }
    });
  });

  describe('a volunteer reports their own hours', () => {
    it('records a pending self-report, recorded by the volunteer for their home organization', async () => {
      const response = await w.volunteerUser.client.post('/api/me/service-hours', {
        serviceDate: '2026-11-22',
        rawMinutes: 50,
        content: '独自上门探访独居老人',
        leadName: '王社工',
      });
      expect(response.statusCode).toBe(201);
      const entry = json<HoursEntry>(response);
      expect(entry).toMatchObject({
        volunteerId: w.volunteer.id,
        source: 'self_report',
        status: 'pending',
        rawMinutes: 50,
        creditedHundredths: 100,
        recordedBy: w.volunteerUser.userId,
        recordingOrganizationId: w.a.station.id,
        leadName: '王社工',
        ownEntry: true,
      });
      const [event] = await auditEventsAbout(t.db, entry.id);
      expect(event).toMatchObject({ action: 'service_hours.create', userId: w.volunteerUser.userId });
      expect(event!.scopePath).toBe(w.a.station.path);
    });

    it('refuses the future, bad durations, users without a record and records that are not active', async () => {
      const body = { serviceDate: TODAY, rawMinutes: 60, content: '上门探访' };
      const cases: [Record<string, unknown>, number, string][] = [
        [{ serviceDate: '2026-11-24' }, 400, 'hours.future_date'],
        [{ rawMinutes: 0 }, 400, 'validation.failed'],
        [{ rawMinutes: 1441 }, 400, 'validation.failed'],
        [{ content: undefined }, 400, 'validation.failed'],
        [{ volunteerId: w.otherVolunteer.id }, 404, 'volunteers.not_found'],
        [{ activityId: newId() }, 404, 'activities.not_found'],
      ];
      for (const [fields, status, code] of cases) {
        const response = await w.volunteerUser.client.post('/api/me/service-hours', { ...body, ...fields });
        expect(response.statusCode, JSON.stringify(fields)).toBe(status);
        expect(json(response).code, JSON.stringify(fields)).toBe(code);
      }

      const notAVolunteer = await w.staff.client.post('/api/me/service-hours', body);
      expect([notAVolunteer.statusCode, json(notAVolunteer).code]).toEqual([403, 'volunteers.not_a_volunteer']);

      const prospectiveUser = await memberOf(t.app, w.admin, w.a.station.id, 'volunteer');
      await insertVolunteer(t.db, w.a.federation.id, w.a.station, {
        userId: prospectiveUser.userId,
        status: 'prospective',
      });
      const prospective = await prospectiveUser.client.post('/api/me/service-hours', body);
      expect([prospective.statusCode, json(prospective).code]).toEqual([409, 'volunteers.not_active']);
    });

    it('asks which record when the user is registered with two registries', async () => {
      const user = await memberOf(t.app, w.admin, w.a.station.id, 'volunteer');
      await insertVolunteer(t.db, w.a.federation.id, w.a.station, { userId: user.userId });
      const second = await insertVolunteer(t.db, w.b.federation.id, w.b.station, { userId: user.userId });
      const body = { serviceDate: TODAY, rawMinutes: 60, content: '上门探访' };
      const unclear = await user.client.post('/api/me/service-hours', body);
      expect([unclear.statusCode, json(unclear).code]).toEqual([400, 'validation.failed']);
      expect(JSON.stringify(json(unclear).details)).toContain('body.volunteerId');
      const chosen = await user.client.post('/api/me/service-hours', { ...body, volunteerId: second.id });
      expect(chosen.statusCode).toBe(201);
      expect(json<HoursEntry>(chosen).registryId).toBe(w.b.federation.id);

      const mine = json<MyHours>(await user.client.get('/api/me/service-hours'));
      expect(mine.totals.map((total) => total.registryId).sort()).toEqual(
        [w.a.federation.id, w.b.federation.id].sort(),
      );
      expect(mine.totals.find((total) => total.volunteerId === second.id)).toMatchObject({
        pendingHundredths: 100,
        approvedHundredths: 0,
        entries: 0,
      });
    });
  });

  describe('my hours', () => {
    it('lists the volunteer’s entries newest first with totals equal to the approved sum', async () => {
      const user = await memberOf(t.app, w.admin, w.a.station.id, 'volunteer');
      const volunteer = await insertVolunteer(t.db, w.a.federation.id, w.a.station, { userId: user.userId });
      const first = await recordHours(w.coordinator.client, volunteer.id, {
        serviceDate: '2026-11-01',
        rawMinutes: 60,
      });
      const second = await recordHours(w.coordinator.client, volunteer.id, {
        serviceDate: '2026-11-10',
        rawMinutes: 100,
      });
      const third = await recordHours(w.coordinator.client, volunteer.id, {
        serviceDate: '2026-11-15',
        rawMinutes: 30,
      });
      const declined = await recordHours(w.coordinator.client, volunteer.id, { serviceDate: '2026-11-16' });
      await decideHours(w.coordinator.client, [first.id, second.id]);
      await decideHours(w.coordinator.client, [declined.id], 'decline');

      const mine = json<MyHours>(await user.client.get('/api/me/service-hours'));
      expect(mine.items.map((entry) => entry.id)).toEqual([declined.id, third.id, second.id, first.id]);
      expect(mine.total).toBe(4);
      expect(mine.totals).toEqual([
        {
          volunteerId: volunteer.id,
          registryId: w.a.federation.id,
          registryName: expect.stringContaining('时长义工联'),
          localNo: volunteer.localNo,
          approvedHundredths: first.creditedHundredths + second.creditedHundredths,
          pendingHundredths: third.creditedHundredths,
          entries: 2,
        },
      ]);
      const paged = json<MyHours>(await user.client.get('/api/me/service-hours?page=2&pageSize=3'));
      expect(paged.items.map((entry) => entry.id)).toEqual([first.id]);

      const nobody = json<MyHours>(await w.staff.client.get('/api/me/service-hours'));
      expect(nobody).toMatchObject({ items: [], total: 0, totals: [] });
    });
  });
});
