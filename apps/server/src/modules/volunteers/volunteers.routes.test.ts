import { beforeAll, describe, expect, it } from 'vitest';
import { addMemberWithNewUser, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, type TestClient } from '../../../test/test-client.ts';
import {
  auditTrailOf,
  createFederationTree,
  type FederationTree,
  insertLedgerEntry,
  registerVolunteer,
  validResidentId,
  volunteerBody,
} from '../../../test/volunteer-factories.ts';
import { newId } from '../../lib/ids.ts';

describeEachDialect('volunteer registry', (t) => {
  let admin: TestClient;
  let a: FederationTree;
  let b: FederationTree;
  let coordinator: TestClient;
  let stationCoordinator: TestClient;
  let otherCoordinator: TestClient;
  let socialWorker: TestClient;

  beforeAll(async () => {
    ({ admin } = await setUpInstallation(t.app));
    a = await createFederationTree(admin);
    b = await createFederationTree(admin);
    coordinator = (await addMemberWithNewUser(t.app, admin, a.federationId, 'volunteer_coordinator')).client;
    stationCoordinator = (await addMemberWithNewUser(t.app, admin, a.stationId, 'volunteer_coordinator')).client;
    otherCoordinator = (await addMemberWithNewUser(t.app, admin, b.federationId, 'volunteer_coordinator')).client;
    socialWorker = (await addMemberWithNewUser(t.app, admin, a.federationId, 'social_worker')).client;
  });

  const rawRow = (id: string) =>
    t.db.selectFrom('volunteers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const countVolunteers = async () =>
    Number(
      (
        await t.db
          .selectFrom('volunteers')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  describe('staff registration', () => {
    it('registers a prospective volunteer with a local number, masked identity and computed age', async () => {
      const body = volunteerBody(a.stationId, {
        name: '王小明',
        gender: 'male',
        birthDate: '1990-05-17',
        idNumber: validResidentId('1990-05-17', 'male', 7).toLowerCase(),
        phone: '+86 139-0000-1234',
        skills: ['first_aid', 'tutoring'],
        availability: [{ weekday: 6, period: 'morning' }],
        nationalNo: 'ZY-2026-0001',
      });
      const response = await coordinator.post('/api/volunteers', body);
      expect(response.statusCode, response.body).toBe(201);
      const profile = json(response);
      const idNumber = validResidentId('1990-05-17', 'male', 7);
      expect(profile).toMatchObject({
        name: '王小明',
        gender: 'male',
        birthDate: '1990-05-17',
        age: 36,
        status: 'prospective',
        source: 'staff',
        idType: 'resident_id',
        idNumberMasked: `331***********${idNumber.slice(-4)}`,
        phoneMasked: '139****1234',
        registry: { id: a.federationId },
        homeOrganization: { id: a.stationId, kind: 'service_station' },
        skills: ['first_aid', 'tutoring'],
        skillDetails: [
          { code: 'first_aid', name: '急救' },
          { code: 'tutoring', name: '课业辅导' },
        ],
        availability: [{ weekday: 6, period: 'morning' }],
        nationalNo: 'ZY-2026-0001',
        minor: { isMinor: false, guardianConsent: false, forbidden: false },
        hours: { approvedHundredths: 0, pendingHundredths: 0 },
        account: null,
        teams: [],
        approvedAt: null,
      });
      expect(profile.localNo).toMatch(/^V\d{6}$/);

      // Nothing readable at rest: neither the row nor the audit trail holds the digits.
      const row = await rawRow(profile.id);
      const stored = JSON.stringify(row);
      expect(stored).not.toContain(idNumber.slice(0, 14));
      expect(stored).not.toContain(idNumber.slice(10));
      expect(stored).not.toContain('13900001234');
      expect(stored).not.toContain('00001234');
      expect(row.idNumberCipher).toMatch(/^v1\./);
      const events = await auditTrailOf(t.db, profile.id);
      expect(events.map((event) => event.action)).toEqual(['volunteers.create']);
      expect(events[0]!.scopePath).toContain(a.stationId);
      expect(events[0]!.changes).not.toContain(idNumber.slice(6, 14));
      expect(events[0]!.changes).not.toContain('00001234');
    });

    it('numbers volunteers per registry, one after another', async () => {
      const first = await registerVolunteer(coordinator, a.federationId);
      const second = await registerVolunteer(coordinator, a.teamIds[0]);
      const elsewhere = await registerVolunteer(otherCoordinator, b.federationId);
      expect(Number(second.localNo.slice(1))).toBe(Number(first.localNo.slice(1)) + 1);
      expect(elsewhere.localNo).toBe('V000001');
    });

    it('answers each bad identity with its own problem code and writes nothing', async () => {
      const before = await countVolunteers();
      const good = validResidentId('1985-03-08', 'female', 3);
      const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
      const cases: [Record<string, unknown>, number, string, Record<string, unknown>][] = [
        [{ idNumber: wrongCheck }, 400, 'volunteers.id_number_invalid', { problem: 'check_character' }],
        [{ birthDate: '1985-03-09' }, 400, 'volunteers.id_number_invalid', { problem: 'birth_date_mismatch' }],
        [{ gender: 'male' }, 400, 'volunteers.id_number_invalid', { problem: 'gender_mismatch' }],
        [{ idNumber: '33108119850230002X' }, 400, 'volunteers.id_number_invalid', { problem: 'birth_date' }],
        [{ idNumber: '3310811985' }, 400, 'volunteers.id_number_invalid', { problem: 'format' }],
        [{ idType: 'passport', idNumber: 'E1' }, 400, 'volunteers.id_number_invalid', { problem: 'format' }],
        [{ phone: '12345' }, 400, 'volunteers.phone_invalid', { path: 'body.phone' }],
        [{ skills: ['juggling'] }, 400, 'volunteers.skill_unknown', { path: 'body.skills' }],
        [{ birthDate: '2027-01-01', idType: 'passport', idNumber: 'E12345678' }, 400, 'validation.failed', {}],
        [{ birthDate: '1985-02-30' }, 400, 'validation.failed', {}],
        [{ homeOrganizationId: b.stationId }, 404, 'organizations.not_found', {}],
        [{ homeOrganizationId: newId() }, 404, 'organizations.not_found', {}],
        [{ account: { username: 'weak.one', password: 'short' } }, 400, 'auth.password_too_weak', {}],
        [{ account: { username: 'admin', password: 'Member2026pass' } }, 409, 'users.username_taken', {}],
      ];
      for (const [fields, status, code, detail] of cases) {
        const body = volunteerBody(a.stationId, {
          gender: 'female',
          birthDate: '1985-03-08',
          idNumber: good,
          ...fields,
        });
        const response = await coordinator.post('/api/volunteers', body);
        expect(response.statusCode, `${JSON.stringify(fields)} ${response.body}`).toBe(status);
        expect(json(response).code).toBe(code);
        if (code === 'volunteers.id_number_invalid')
          expect(json(response).details).toEqual([{ path: 'body.idNumber', ...detail }]);
        else if (Object.keys(detail).length > 0) expect(json(response).details[0]).toMatchObject(detail);
      }
      expect(await countVolunteers()).toBe(before);
    });

    it('accepts a passport and an HK/Macao permit by format, with any birth date', async () => {
      const passport = await registerVolunteer(coordinator, a.stationId, {
        idType: 'passport',
        idNumber: 'e12345678',
        birthDate: '1979-12-31',
      });
      expect(passport.idType).toBe('passport');
      expect(passport.idNumberMasked).toBe('E******78');
      const permit = await registerVolunteer(coordinator, a.stationId, {
        idType: 'hk_macao_permit',
        idNumber: 'H12345678',
      });
      expect(permit.idNumberMasked).toBe('H******78');
    });
  });

  describe('duplicates', () => {
    it('leads to the existing volunteer when the actor can see them, and says no more otherwise', async () => {
      const idNumber = validResidentId('1970-07-07', 'male', 77);
      const existing = await registerVolunteer(coordinator, a.federationId, {
        gender: 'male',
        birthDate: '1970-07-07',
        idNumber,
      });
      const again = volunteerBody(a.stationId, { gender: 'male', birthDate: '1970-07-07', idNumber });
      // The same number typed differently (lower-case, spaces, full-width digits) is still the same person.
      const typed = ` ${idNumber.slice(0, 4).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))} ${idNumber.slice(4).toLowerCase()} `;
      const typedAgain = await coordinator.post('/api/volunteers', { ...again, idNumber: typed });
      expect(typedAgain.statusCode).toBe(409);
      expect(json(typedAgain)).toEqual({
        code: 'volunteers.already_registered',
        details: { volunteerId: existing.id, localNo: existing.localNo },
      });
      // The station's coordinator cannot see a volunteer registered with the federation: no details.
      const hidden = await stationCoordinator.post('/api/volunteers', again);
      expect(hidden.statusCode).toBe(409);
      expect(json(hidden)).toEqual({ code: 'volunteers.already_registered' });
      // Another registry keeps its own record of the same person.
      const other = await otherCoordinator.post('/api/volunteers', { ...again, homeOrganizationId: b.stationId });
      expect(other.statusCode).toBe(201);
    });

    it('lets exactly one of two simultaneous registrations of the same person through', async () => {
      const body = volunteerBody(a.stationId, { gender: 'female', birthDate: '1991-11-11' });
      const responses = await Promise.all([
        coordinator.post('/api/volunteers', { ...body, phone: '13911110001' }),
        coordinator.post('/api/volunteers', { ...body, phone: '13911110002' }),
        coordinator.post('/api/volunteers', { ...body, phone: '13911110003' }),
      ]);
      const statuses = responses.map((response) => response.statusCode).sort();
      expect(statuses).toEqual([201, 409, 409]);
      const created = json(responses.find((response) => response.statusCode === 201)!);
      for (const response of responses.filter((r) => r.statusCode === 409))
        expect(json(response).details).toEqual({ volunteerId: created.id, localNo: created.localNo });
      const rows = await t.db
        .selectFrom('volunteers')
        .select('id')
        .where('idNumberHash', '=', (await rawRow(created.id)).idNumberHash)
        .execute();
      expect(rows).toHaveLength(1);
    });
  });

  describe('reveal', () => {
    it('shows the full number to a coordinator, audits the reveal without the value, and refuses others', async () => {
      const volunteer = await registerVolunteer(coordinator, a.stationId, {
        gender: 'female',
        birthDate: '1988-08-08',
        idNumber: validResidentId('1988-08-08', 'female', 42),
        phone: '13987654321',
      });
      const reveal = (field: string) => coordinator.post(`/api/volunteers/${volunteer.id}/reveal`, { field });
      expect(json(await reveal('idNumber'))).toEqual({ value: validResidentId('1988-08-08', 'female', 42) });
      expect(json(await reveal('phone'))).toEqual({ value: '13987654321' });
      const reveals = (await auditTrailOf(t.db, volunteer.id)).filter((e) => e.action === 'volunteers.reveal');
      expect(reveals).toHaveLength(2);
      expect(reveals.map((event) => JSON.parse(event.changes!).revealedField.after)).toEqual(['idNumber', 'phone']);
      for (const event of reveals) {
        expect(event.changes).not.toContain('13987654321');
        expect(event.changes).not.toContain('19880808');
      }
      const bySocialWorker = await socialWorker.post(`/api/volunteers/${volunteer.id}/reveal`, { field: 'idNumber' });
      expect(bySocialWorker.statusCode).toBe(403);
      expect(json(bySocialWorker).code).toBe('auth.forbidden');
      const byOther = await otherCoordinator.post(`/api/volunteers/${volunteer.id}/reveal`, { field: 'phone' });
      expect(byOther.statusCode).toBe(404);
      expect(json(byOther).code).toBe('volunteers.not_found');
      const badField = await coordinator.post(`/api/volunteers/${volunteer.id}/reveal`, { field: 'name' });
      expect(json(badField).code).toBe('validation.failed');
    });
  });

  describe('list and profile', () => {
    let list: { zhang: any; li: any; teamMember: any };

    beforeAll(async () => {
      const fed = await createFederationTree(admin);
      const zhang = await registerVolunteer(admin, fed.stationId, {
        name: '张伟',
        phone: '13700001111',
        skills: ['driving'],
        gender: 'male',
        birthDate: '1980-01-02',
        idNumber: validResidentId('1980-01-02', 'male', 11),
      });
      const li = await registerVolunteer(admin, fed.federationId, { name: '李娜', status: 'active' });
      const teamMember = await registerVolunteer(admin, fed.federationId, { name: '赵敏' });
      const joined = await admin.put(`/api/volunteers/${teamMember.id}/teams/${fed.teamIds[0]}`, { role: 'member' });
      expect(joined.statusCode, joined.body).toBe(200);
      list = { zhang: { ...zhang, fed }, li, teamMember };
    });

    const names = (response: any) => json(response).items.map((item: any) => item.name);
    const query = (params: string) =>
      admin.get(`/api/volunteers?organizationId=${list.zhang.fed.federationId}&${params}`);

    it('masks identity in every row and finds by name, pinyin, initials, exact ID or phone', async () => {
      const all = await query('');
      expect(json(all).total).toBe(3);
      for (const item of json(all).items) {
        expect(item.idNumberMasked).toMatch(/^\d{3}\*+[\dX]{4}$/);
        expect(item.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
        expect(JSON.stringify(item)).not.toContain(validResidentId('1980-01-02', 'male', 11).slice(3, 14));
        expect(JSON.stringify(item)).not.toContain('13700001111');
      }
      expect(names(await query('q=张'))).toEqual(['张伟']);
      expect(names(await query('q=zhangwei'))).toEqual(['张伟']);
      expect(names(await query('q=Zhang%20Wei'))).toEqual(['张伟']);
      expect(names(await query('q=zw'))).toEqual(['张伟']);
      expect(names(await query(`q=${validResidentId('1980-01-02', 'male', 11)}`))).toEqual(['张伟']);
      expect(names(await query(`q=${validResidentId('1980-01-02', 'male', 11).slice(0, 10)}`))).toEqual([]);
      expect(names(await query('q=137-0000-1111'))).toEqual(['张伟']);
    });

    it('filters by status, skill, team and organization subtree', async () => {
      expect(names(await query('status=active'))).toEqual(['李娜']);
      expect(names(await query('skill=driving'))).toEqual(['张伟']);
      expect(names(await query(`teamId=${list.zhang.fed.teamIds[0]}`))).toEqual(['赵敏']);
      const station = await admin.get(`/api/volunteers?organizationId=${list.zhang.fed.stationId}`);
      // The station's subtree: the volunteer homed there and the member of its team.
      expect(names(station).sort()).toEqual(['张伟', '赵敏'].sort());
      const paged = await query('pageSize=2&page=2');
      expect(json(paged)).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(json(paged).items).toHaveLength(1);
      const elsewhere = await coordinator.get(`/api/volunteers?organizationId=${list.zhang.fed.federationId}`);
      expect(json(elsewhere).code).toBe('organizations.not_found');
    });

    it("shows each volunteer's approved hours, not hours still waiting for a decision", async () => {
      await insertLedgerEntry(t.db, list.zhang.id, { hundredths: 150 });
      await insertLedgerEntry(t.db, list.zhang.id, { hundredths: 25 });
      await insertLedgerEntry(t.db, list.zhang.id, { hundredths: 100, status: 'pending' });
      const hoursByName = Object.fromEntries(
        json(await query('')).items.map((item: any) => [item.name, item.approvedHundredths]),
      );
      expect(hoursByName).toEqual({ 张伟: 175, 李娜: 0, 赵敏: 0 });
    });

    it('shows a profile with its teams and the registry, and 404 for an unknown id', async () => {
      const profile = json(await admin.get(`/api/volunteers/${list.teamMember.id}`));
      expect(profile.teams).toEqual([
        { teamId: list.zhang.fed.teamIds[0], name: expect.any(String), role: 'member', joinedAt: expect.any(Number) },
      ]);
      const missing = await admin.get(`/api/volunteers/${newId()}`);
      expect(missing.statusCode).toBe(404);
      expect(json(missing).code).toBe('volunteers.not_found');
    });
  });

  describe('isolation and team visibility', () => {
    it("hides another federation's volunteers exactly like missing ones", async () => {
      const volunteer = await registerVolunteer(coordinator, a.stationId);
      for (const response of [
        await otherCoordinator.get(`/api/volunteers/${volunteer.id}`),
        await otherCoordinator.patch(`/api/volunteers/${volunteer.id}`, { name: '改名' }),
        await otherCoordinator.post(`/api/volunteers/${volunteer.id}/status`, { status: 'active' }),
      ]) {
        expect(response.statusCode).toBe(404);
        expect(json(response).code).toBe('volunteers.not_found');
      }
      const listed = json(await otherCoordinator.get(`/api/volunteers?q=${encodeURIComponent(volunteer.name)}`));
      expect(listed).toMatchObject({ items: [], total: 0 });
      const settings = await otherCoordinator.get(`/api/volunteer-registries/${a.federationId}/settings`);
      expect(json(settings).code).toBe('volunteers.registry_not_found');
    });

    it("lets a team's coordinators see the volunteers in their team, and only while they are in it", async () => {
      const teamId = a.teamIds[1];
      const { client: teamCoordinator } = await addMemberWithNewUser(t.app, admin, teamId, 'volunteer_coordinator');
      const volunteer = await registerVolunteer(coordinator, a.federationId, { name: '钱队员' });
      expect((await teamCoordinator.get(`/api/volunteers/${volunteer.id}`)).statusCode).toBe(404);
      const joined = await coordinator.put(`/api/volunteers/${volunteer.id}/teams/${teamId}`, { role: 'team_lead' });
      expect(joined.statusCode).toBe(200);
      expect(json(joined).teams).toMatchObject([{ teamId, role: 'team_lead' }]);
      expect((await teamCoordinator.get(`/api/volunteers/${volunteer.id}`)).statusCode).toBe(200);
      expect(names(await teamCoordinator.get('/api/volunteers'))).toContain('钱队员');
      const left = await coordinator.delete(`/api/volunteers/${volunteer.id}/teams/${teamId}`);
      expect(json(left).teams).toEqual([]);
      expect((await teamCoordinator.get(`/api/volunteers/${volunteer.id}`)).statusCode).toBe(404);
      expect(names(await teamCoordinator.get('/api/volunteers'))).not.toContain('钱队员');
    });

    const names = (response: any) => json(response).items.map((item: any) => item.name);
  });

  describe('changes', () => {
    it('updates fields, re-checks identity against the number on file, and audits without identity values', async () => {
      const volunteer = await registerVolunteer(coordinator, a.stationId, {
        name: '孙立',
        gender: 'female',
        birthDate: '1992-02-02',
        idNumber: validResidentId('1992-02-02', 'female', 5),
      });
      const renamed = await coordinator.patch(`/api/volunteers/${volunteer.id}`, {
        name: '孙丽',
        phone: '13600002222',
        skills: ['law'],
        availability: [{ weekday: 1, period: 'evening' }],
      });
      expect(renamed.statusCode, renamed.body).toBe(200);
      expect(json(renamed)).toMatchObject({ name: '孙丽', phoneMasked: '136****2222', skills: ['law'] });
      expect((await rawRow(volunteer.id)).nameSearch).toContain('sunli');

      const mismatch = await coordinator.patch(`/api/volunteers/${volunteer.id}`, { birthDate: '1992-02-03' });
      expect(json(mismatch)).toEqual({
        code: 'volunteers.id_number_invalid',
        details: [{ path: 'body.birthDate', problem: 'birth_date_mismatch' }],
      });
      const wrongGender = await coordinator.patch(`/api/volunteers/${volunteer.id}`, { gender: 'male' });
      expect(json(wrongGender).details).toEqual([{ path: 'body.gender', problem: 'gender_mismatch' }]);

      const newId17 = validResidentId('1992-02-03', 'female', 6);
      const corrected = await coordinator.patch(`/api/volunteers/${volunteer.id}`, {
        birthDate: '1992-02-03',
        idNumber: newId17,
      });
      expect(corrected.statusCode, corrected.body).toBe(200);
      expect(json(corrected).idNumberMasked.endsWith(newId17.slice(-4))).toBe(true);
      expect(json(await coordinator.post(`/api/volunteers/${volunteer.id}/reveal`, { field: 'idNumber' })).value).toBe(
        newId17,
      );

      const other = await registerVolunteer(coordinator, a.stationId, {
        gender: 'male',
        birthDate: '1993-03-03',
        idNumber: validResidentId('1993-03-03', 'male', 9),
      });
      const taken = await coordinator.patch(`/api/volunteers/${volunteer.id}`, {
        gender: 'male',
        birthDate: '1993-03-03',
        idNumber: validResidentId('1993-03-03', 'male', 9),
      });
      expect(taken.statusCode).toBe(409);
      expect(json(taken).details).toEqual({ volunteerId: other.id, localNo: other.localNo });

      const events = await auditTrailOf(t.db, volunteer.id);
      const updates = events.filter((event) => event.action === 'volunteers.update');
      expect(updates).toHaveLength(2);
      const changes = JSON.parse(updates[0]!.changes!);
      expect(changes.name).toEqual({ before: '孙立', after: '孙丽' });
      expect(changes.phoneMasked).toEqual({ before: '[redacted]', after: '[redacted]' });
      expect(updates[1]!.changes).not.toContain(newId17.slice(6, 14));
      expect(updates.map((event) => event.changes).join()).not.toContain('Cipher');
    });

    it('moves a volunteer within the registry only', async () => {
      const volunteer = await registerVolunteer(admin, a.stationId);
      const moved = await admin.patch(`/api/volunteers/${volunteer.id}`, { homeOrganizationId: a.teamIds[1] });
      expect(json(moved).homeOrganization).toMatchObject({ id: a.teamIds[1], kind: 'volunteer_team' });
      expect((await rawRow(volunteer.id)).homePath).toContain(a.teamIds[1]);
      const away = await admin.patch(`/api/volunteers/${volunteer.id}`, { homeOrganizationId: b.stationId });
      expect(away.statusCode).toBe(400);
      expect(json(away).code).toBe('volunteers.home_outside_registry');
      const hidden = await coordinator.patch(`/api/volunteers/${volunteer.id}`, { homeOrganizationId: b.stationId });
      expect(json(hidden).code).toBe('organizations.not_found');
    });

    it('refuses changes from roles that only read volunteers', async () => {
      const volunteer = await registerVolunteer(coordinator, a.stationId);
      const { client: staff } = await addMemberWithNewUser(t.app, admin, a.federationId, 'staff');
      expect((await staff.get(`/api/volunteers/${volunteer.id}`)).statusCode).toBe(200);
      const refused = await staff.patch(`/api/volunteers/${volunteer.id}`, { name: '改名' });
      expect(refused.statusCode).toBe(403);
      expect(json(refused).code).toBe('auth.forbidden');
      expect((await socialWorker.patch(`/api/volunteers/${volunteer.id}`, { name: '改名' })).statusCode).toBe(200);
    });
  });
});
