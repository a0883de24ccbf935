import type { ActivityDetail, ParticipationState, ShiftDetail } from '@liandong/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createActivity, createShift, insertVolunteerRow, saturdayAt } from '../../../test/activity-factories.ts';
import { auditEventsAbout } from '../../../test/db-reads.ts';
import { addMemberWithNewUser, createOrganization, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, type TestClient } from '../../../test/test-client.ts';
import { newId } from '../../lib/ids.ts';

describeEachDialect('shifts', (t) => {
  let admin: TestClient;
  let federationId: string;
  let stationId: string;
  let teamId: string;
  let coordinator: TestClient;
  let activity: ActivityDetail;

  beforeAll(async () => {
    ({ admin } = await setUpInstallation(t.app));
    federationId = (await createOrganization(admin, null, { name: '温岭市义工联', kind: 'volunteer_federation' })).id;
    stationId = (await createOrganization(admin, federationId, { name: '太平服务站', kind: 'service_station' })).id;
    teamId = (await createOrganization(admin, stationId, { name: '蓝马甲服务队', kind: 'volunteer_team' })).id;
    coordinator = (await addMemberWithNewUser(t.app, admin, federationId, 'volunteer_coordinator')).client;
    activity = await createActivity(coordinator, stationId);
  });

  /** Places a participation row as the participations module would, for counts and time copies. */
  async function insertParticipation(shift: ShiftDetail, state: ParticipationState) {
    const volunteerId = await insertVolunteerRow(t.db, stationId);
    const id = newId();
    await t.db
      .insertInto('participations')
      .values({
        id,
        shiftId: shift.id,
        activityId: shift.activityId,
        volunteerId,
        state,
        startsAt: shift.startsAt,
        endsAt: shift.endsAt,
        requestedAt: 0,
        flags: '[]',
        updatedAt: 0,
      })
      .execute();
    return id;
  }

  describe('creating', () => {
    it('adds a shift with its rules and defaults, audited', async () => {
      const response = await coordinator.post(`/api/activities/${activity.id}/shifts`, {
        role: '签到引导',
        description: '引导长者签到、测血压',
        startsAt: saturdayAt(9),
        endsAt: saturdayAt(12),
        capacity: 6,
        requiredSkills: ['first_aid'],
        requiredQualifications: ['红十字救护员证'],
        minAge: 16,
        minorsAllowed: false,
        signupFlow: 'approve',
        checkinOpensMin: 30,
      });
      expect(response.statusCode).toBe(201);
      const shift = json<ShiftDetail>(response);
      expect(shift).toMatchObject({
        activityId: activity.id,
        role: '签到引导',
        capacity: 6,
        confirmedCount: 0,
        requestedCount: 0,
        waitlistedCount: 0,
        seatsLeft: 6,
        requiredSkills: ['first_aid'],
        requiredQualifications: ['红十字救护员证'],
        minAge: 16,
        minorsAllowed: false,
        signupFlow: 'approve',
        waitlistEnabled: true,
        leadVolunteer: null,
        checkinOpensMin: 30,
        checkinClosesMin: null,
        status: 'open',
        activity: { id: activity.id, title: activity.title, organization: { id: stationId }, riskLevel: 'low' },
      });
      expect((await auditEventsAbout(t.db, shift.id))[0]).toMatchObject({ action: 'shifts.create' });
      const detail = json<ActivityDetail>(await coordinator.get(`/api/activities/${activity.id}`));
      expect(detail.shifts.map((s) => s.id)).toContain(shift.id);
    });

    it('keeps the shift within the activity and its numbers within bounds', async () => {
      const base = { role: '岗位', capacity: 5, startsAt: saturdayAt(9), endsAt: saturdayAt(10) };
      const cases: [Record<string, unknown>, number, string][] = [
        [{ startsAt: saturdayAt(8, 59) }, 400, 'shifts.time_range'],
        [{ endsAt: saturdayAt(17, 1) }, 400, 'shifts.time_range'],
        [{ endsAt: saturdayAt(9) }, 400, 'shifts.time_range'],
        [{ startsAt: saturdayAt(11), endsAt: saturdayAt(10) }, 400, 'shifts.time_range'],
        [{ capacity: 0 }, 400, 'validation.failed'],
        [{ capacity: 10_001 }, 400, 'validation.failed'],
        [{ capacity: 2.5 }, 400, 'validation.failed'],
        [{ signupFlow: 'lottery' }, 400, 'validation.failed'],
        [{ requiredSkills: ['first_aid', 'first_aid'] }, 400, 'validation.failed'],
        [{ requiredSkills: ['juggling'] }, 400, 'volunteers.skill_unknown'],
        [{ checkinOpensMin: -5 }, 400, 'validation.failed'],
        [{ leadVolunteerId: newId() }, 400, 'shifts.lead_volunteer_not_found'],
      ];
      for (const [fields, status, code] of cases) {
        const response = await coordinator.post(`/api/activities/${activity.id}/shifts`, { ...base, ...fields });
        expect(response.statusCode, JSON.stringify(fields)).toBe(status);
        expect(json(response).code, JSON.stringify(fields)).toBe(code);
      }
      // The whole activity, edge to edge, is fine; so are 10,000 seats.
      await createShift(coordinator, activity.id, {
        startsAt: saturdayAt(9),
        endsAt: saturdayAt(17),
        capacity: 10_000,
      });
    });

    it('takes as lead only an active team lead of the activity’s registry', async () => {
      const teamLead = await insertVolunteerRow(t.db, teamId, {
        name: '王队长',
        teams: [{ teamId, role: 'team_lead' }],
      });
      const member = await insertVolunteerRow(t.db, teamId, { teams: [{ teamId, role: 'member' }] });
      const suspendedLead = await insertVolunteerRow(t.db, teamId, {
        status: 'suspended',
        teams: [{ teamId, role: 'team_lead' }],
      });
      const otherFederation = (await createOrganization(admin, null, { kind: 'volunteer_federation' })).id;
      const otherTeam = (await createOrganization(admin, otherFederation, { kind: 'volunteer_team' })).id;
      const foreignLead = await insertVolunteerRow(t.db, otherTeam, {
        teams: [{ teamId: otherTeam, role: 'team_lead' }],
      });

      const shift = await createShift(coordinator, activity.id, { leadVolunteerId: teamLead });
      expect(shift.leadVolunteer).toEqual({ id: teamLead, name: '王队长' });
      for (const leadVolunteerId of [member, suspendedLead, foreignLead]) {
        const response = await coordinator.patch(`/api/shifts/${shift.id}`, { leadVolunteerId });
        expect(json(response).code).toBe('shifts.lead_volunteer_not_found');
      }
      const cleared = await coordinator.patch(`/api/shifts/${shift.id}`, { leadVolunteerId: null });
      expect(json(cleared).leadVolunteer).toBeNull();
    });
  });

  describe('editing', () => {
    it('never lowers capacity below the seats already confirmed', async () => {
      const shift = await createShift(coordinator, activity.id, { capacity: 5 });
      await t.db.updateTable('shifts').set({ confirmedCount: 3 }).where('id', '=', shift.id).execute();
      const refused = await coordinator.patch(`/api/shifts/${shift.id}`, { capacity: 2, role: '改名' });
      expect(refused.statusCode).toBe(409);
      expect(json(refused)).toMatchObject({
        code: 'shifts.capacity_below_confirmed',
        details: { confirmedCount: 3 },
      });
      const unchanged = json<ShiftDetail>(await coordinator.get(`/api/shifts/${shift.id}`));
      expect(unchanged).toMatchObject({ capacity: 5, role: shift.role });

      const exact = await coordinator.patch(`/api/shifts/${shift.id}`, { capacity: 3 });
      expect(json(exact)).toMatchObject({ capacity: 3, confirmedCount: 3, seatsLeft: 0 });
      const event = (await auditEventsAbout(t.db, shift.id)).find((e) => e.action === 'shifts.update');
      expect(JSON.parse(event!.changes!).capacity).toEqual({ before: 5, after: 3 });
    });

    it('moves within the activity only, carrying its participations’ times along', async () => {
      const shift = await createShift(coordinator, activity.id, { startsAt: saturdayAt(9), endsAt: saturdayAt(12) });
      const participation = await insertParticipation(shift, 'confirmed');
      const outside = await coordinator.patch(`/api/shifts/${shift.id}`, { endsAt: saturdayAt(18) });
      expect(json(outside).code).toBe('shifts.time_range');
      const backwards = await coordinator.patch(`/api/shifts/${shift.id}`, { startsAt: saturdayAt(12) });
      expect(json(backwards).code).toBe('shifts.time_range');

      const moved = await coordinator.patch(`/api/shifts/${shift.id}`, {
        startsAt: saturdayAt(13),
        endsAt: saturdayAt(16),
      });
      expect(json(moved)).toMatchObject({ startsAt: saturdayAt(13), endsAt: saturdayAt(16) });
      const copy = await t.db
        .selectFrom('participations')
        .select(['startsAt', 'endsAt'])
        .where('id', '=', participation)
        .executeTakeFirstOrThrow();
      expect(copy).toEqual({ startsAt: saturdayAt(13), endsAt: saturdayAt(16) });
    });

    it('shows how many ask for a place and how many wait', async () => {
      const shift = await createShift(coordinator, activity.id, { capacity: 1, signupFlow: 'approve' });
      await insertParticipation(shift, 'requested');
      await insertParticipation(shift, 'requested');
      await insertParticipation(shift, 'waitlisted');
      await insertParticipation(shift, 'declined');
      const detail = json<ShiftDetail>(await coordinator.get(`/api/shifts/${shift.id}`));
      expect(detail).toMatchObject({ requestedCount: 2, waitlistedCount: 1, confirmedCount: 0 });
    });

    it('cancels a shift once and then refuses to change it', async () => {
      const shift = await createShift(coordinator, activity.id);
      const cancelled = await coordinator.post(`/api/shifts/${shift.id}/cancel`);
      expect(json(cancelled).status).toBe('cancelled');
      expect((await auditEventsAbout(t.db, shift.id)).map((e) => e.action)).toContain('shifts.cancel');
      for (const response of [
        await coordinator.post(`/api/shifts/${shift.id}/cancel`),
        await coordinator.patch(`/api/shifts/${shift.id}`, { capacity: 20 }),
      ]) {
        expect(response.statusCode).toBe(409);
        expect(json(response).code).toBe('shifts.cancelled');
      }
    });
  });

  describe('seeing a shift', () => {
    it('is for those who see the activity and for volunteers of its registry; others get 404', async () => {
      const shift = await createShift(coordinator, activity.id);
      const volunteerUser = await addMemberWithNewUser(t.app, admin, stationId, 'volunteer');
      await insertVolunteerRow(t.db, stationId, { userId: volunteerUser.userId });
      const seen = await volunteerUser.client.get(`/api/shifts/${shift.id}`);
      expect(seen.statusCode).toBe(200);
      expect(json(seen).activity.title).toBe(activity.title);

      const outsider = await addMemberWithNewUser(t.app, admin, stationId, 'volunteer');
      const refused = await outsider.client.get(`/api/shifts/${shift.id}`);
      expect(refused.statusCode).toBe(404);
      expect(json(refused).code).toBe('shifts.not_found');
      expect((await outsider.client.patch(`/api/shifts/${shift.id}`, { capacity: 2 })).statusCode).toBe(403);

      const otherFederation = (await createOrganization(admin, null, { kind: 'volunteer_federation' })).id;
      const foreignCoordinator = (await addMemberWithNewUser(t.app, admin, otherFederation, 'volunteer_coordinator'))
        .client;
      const hidden = await foreignCoordinator.patch(`/api/shifts/${shift.id}`, { capacity: 2 });
      expect(hidden.statusCode).toBe(404);
      expect(json(hidden).code).toBe('shifts.not_found');
      expect(json(await foreignCoordinator.post(`/api/shifts/${newId()}/cancel`)).code).toBe('shifts.not_found');
    });
  });
});
