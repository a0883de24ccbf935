import type { HoursEntry, HoursEntryDetail, HoursEntryPage } from '@liandong/domain';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, type TestClient } from '../../../test/test-client.ts';
import { newId } from '../../lib/ids.ts';
import { LEDGER_HEADERS } from './ledger-workbook.ts';
import {
  addToTeam,
  createFederation,
  insertActivity,
  insertCheckinEntry,
  insertManyEntries,
  insertVolunteer,
  memberOf,
} from './service-hours.fixtures.ts';
import { decideHours, type HoursWorld, recordHours, setUpHoursWorld } from './service-hours.world.ts';

describeEachDialect('service hours: the approval workbench', (t) => {
  let w: HoursWorld;
  let activityId: string;
  let flagged: string;
  let byDay: HoursEntry[];
  let elsewhere: HoursEntry;

  beforeAll(async () => {
    w = await setUpHoursWorld(t.app, t.db);
    activityId = await insertActivity(t.db, w.a.station, w.a.federation.id, w.socialWorker.userId, {
      title: '重阳节敬老活动',
    });
    flagged = await insertCheckinEntry(
      t.db,
      w.volunteer,
      activityId,
      { ...w.a.station, userId: w.socialWorker.userId },
      ['auto_checkout'],
    );
    byDay = [
      await recordHours(w.coordinator.client, w.volunteer.id, { serviceDate: '2026-11-01', rawMinutes: 60 }),
      await recordHours(w.coordinator.client, w.volunteer.id, { serviceDate: '2026-11-10', rawMinutes: 120 }),
      await recordHours(w.coordinator.client, w.coordinatorVolunteer.id, { serviceDate: '2026-11-15' }),
    ];
    elsewhere = await recordHours(w.otherCoordinator.client, w.otherVolunteer.id);
  });

  const list = async (client: TestClient, query = '') => {
    const response = await client.get(`/api/service-hours${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return json<HoursEntryPage>(response);
  };
  const ids = (page: HoursEntryPage) => page.items.map((entry) => entry.id);

  it('lists pending entries by default, newest service first, with names, flags and a summary', async () => {
    const page = await list(w.coordinator.client);
    expect(ids(page)).toEqual([flagged, byDay[2]!.id, byDay[1]!.id, byDay[0]!.id]);
    expect(page.summary).toEqual({ count: 4, creditedHundredths: 200 + 150 + 200 + 100 });
    expect(page.total).toBe(4);
    const checkin = page.items[0]!;
    expect(checkin).toMatchObject({
      source: 'checkin',
      activityTitle: '重阳节敬老活动',
      volunteerName: w.volunteer.name,
      volunteerLocalNo: w.volunteer.localNo,
      flags: ['auto_checkout'],
      evaluation: { rating: 4, comment: '认真负责' },
      leadUserId: w.socialWorker.userId,
      recordingOrganizationId: w.a.station.id,
    });
    expect(checkin.leadName).toBeTruthy();
    expect(checkin.recorderName).toBeTruthy();
    expect(checkin.roundingRule).toEqual({ kind: 'round_down', stepMinutes: 15 });
    // The coordinator who is also a volunteer sees their own entry marked, so the page can hold back the buttons.
    const own = await list(w.coordinatorVolunteerUser.client);
    expect(own.items.find((entry) => entry.id === byDay[2]!.id)?.ownEntry).toBe(true);
    expect(own.items.find((entry) => entry.id === byDay[0]!.id)?.ownEntry).toBe(false);
  });

  it('filters by flags, source, dates, volunteer, activity, organization and status, and pages', async () => {
    expect(ids(await list(w.coordinator.client, '?flagged=true'))).toEqual([flagged]);
    expect(ids(await list(w.coordinator.client, '?flagged=false'))).not.toContain(flagged);
    expect(ids(await list(w.coordinator.client, '?source=checkin'))).toEqual([flagged]);
    expect(ids(await list(w.coordinator.client, '?from=2026-11-10&to=2026-11-15'))).toEqual([
      byDay[2]!.id,
      byDay[1]!.id,
    ]);
    expect(ids(await list(w.coordinator.client, `?volunteerId=${w.coordinatorVolunteer.id}`))).toEqual([byDay[2]!.id]);
    expect(ids(await list(w.coordinator.client, `?activityId=${activityId}`))).toEqual([flagged]);
    // Recorded for the federation, the coordinator's entries belong to the station by their volunteers' unit.
    expect(ids(await list(w.coordinator.client, `?organizationId=${w.a.station.id}`)).sort()).toEqual(
      [flagged, ...byDay.map((entry) => entry.id)].sort(),
    );
    const paged = await list(w.coordinator.client, '?page=2&pageSize=3');
    expect(ids(paged)).toEqual([byDay[0]!.id]);
    expect([paged.total, paged.summary.count]).toEqual([4, 4]);

    await decideHours(w.supervisor.client, [byDay[0]!.id]);
    expect(ids(await list(w.coordinator.client, '?status=approved'))).toEqual([byDay[0]!.id]);
    expect(ids(await list(w.coordinator.client, '?status=all'))).toHaveLength(4);
    expect(ids(await list(w.coordinator.client))).not.toContain(byDay[0]!.id);

    for (const query of ['?status=done', '?flagged=yes', '?from=2026-13-01', '?pageSize=501', '?organizationId=x']) {
      const response = await w.coordinator.client.get(`/api/service-hours${query}`);
      expect([response.statusCode, json(response).code], query).toEqual([400, 'validation.failed']);
    }
  });

  it('is open to readers and approvers, within their subtree only', async () => {
    // Staff read volunteers, a supervisor approves: both see the station's entries.
    expect(ids(await list(w.staff.client, '?status=all'))).toContain(flagged);
    expect(ids(await list(w.supervisor.client, '?status=all'))).toContain(flagged);
    const volunteerOnly = await w.volunteerUser.client.get('/api/service-hours');
    expect([volunteerOnly.statusCode, json(volunteerOnly).code]).toEqual([403, 'auth.forbidden']);
    expect((await w.volunteerUser.client.get(`/api/service-hours/${flagged}`)).statusCode).toBe(403);
    expect((await w.volunteerUser.client.get('/api/service-hours/export.xlsx')).statusCode).toBe(403);

    // Another federation's coordinator: nothing of A in lists, 404 for A's entries and organizations.
    const other = await list(w.otherCoordinator.client, '?status=all');
    expect(ids(other)).toEqual([elsewhere.id]);
    const foreign = await w.otherCoordinator.client.get(`/api/service-hours/${flagged}`);
    expect([foreign.statusCode, json(foreign).code]).toEqual([404, 'hours.not_found']);
    const foreignOrg = await w.otherCoordinator.client.get(`/api/service-hours?organizationId=${w.a.station.id}`);
    expect([foreignOrg.statusCode, json(foreignOrg).code]).toEqual([404, 'organizations.not_found']);
    expect(ids(await list(w.coordinator.client, '?status=all'))).not.toContain(elsewhere.id);
    const missing = await w.coordinator.client.get(`/api/service-hours/${newId()}`);
    expect([missing.statusCode, json(missing).code]).toEqual([404, 'hours.not_found']);
  });

  it('lets a team coordinator see the entries of team members registered elsewhere', async () => {
    const c = await createFederation(t.db, w.admin);
    const team = await memberOf(t.app, w.admin, c.station.id, 'volunteer_coordinator');
    // Registered with federation A's station, but a member of a team in federation C.
    const member = await insertVolunteer(t.db, w.a.federation.id, w.a.station);
    const entry = await recordHours(w.coordinator.client, member.id);
    expect(ids(await list(team.client))).toEqual([]);
    await addToTeam(t.db, member.id, c.station);
    expect(ids(await list(team.client))).toEqual([entry.id]);
    const detail = json<HoursEntryDetail>(await team.client.get(`/api/service-hours/${entry.id}`));
    expect(detail.entry.id).toBe(entry.id);
  });

  it('exports the filtered ledger as xlsx with Chinese headers, no identity numbers, and an audit event', async () => {
    const response = await w.coordinator.client.get('/api/service-hours/export.xlsx?status=all');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain("filename*=UTF-8''");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(LEDGER_HEADERS);
    for (const required of [
      '志愿者编号',
      '姓名',
      '服务日期',
      '活动',
      '服务内容',
      '地点',
      '原始时长(分钟)',
      '认定时长(小时)',
      '来源',
      '状态',
      '记录人',
      '审核人',
      '审核时间',
    ])
      expect(header).toContain(required);
    const listed = await list(w.coordinator.client, '?status=all&pageSize=500');
    expect(sheet.actualRowCount - 1).toBe(listed.total);

    const column = (name: string) => header.indexOf(name) + 1;
    const rows = Array.from({ length: sheet.actualRowCount - 1 }, (_, index) => sheet.getRow(index + 2));
    const checkinRow = rows.find((row) => row.getCell(column('活动')).value === '重阳节敬老活动')!;
    expect(checkinRow.getCell(column('认定时长(小时)')).value).toBe(2);
    expect(checkinRow.getCell(column('原始时长(分钟)')).value).toBe(120);
    expect(checkinRow.getCell(column('来源')).value).toBe('签到签退');
    expect(checkinRow.getCell(column('核查标记')).value).toBe('自动签退');
    expect(checkinRow.getCell(column('开始时间')).value).toBe('2026-11-20 09:00');
    const approvedRow = rows.find((row) => row.getCell(column('状态')).value === '已通过')!;
    expect(approvedRow.getCell(column('审核人')).value).toBeTruthy();
    const text = JSON.stringify(rows.map((row) => row.values));
    expect(text).not.toContain('3310**');
    expect(text).not.toContain('139****');
    expect(text).not.toContain(w.otherVolunteer.name);

    const events = await t.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', '=', 'service_hours.export')
      .where('userId', '=', w.coordinator.userId)
      .execute();
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.changes!).rowCount.after).toBe(listed.total);

    const flaggedOnly = await w.coordinator.client.get('/api/service-hours/export.xlsx?flagged=true');
    const small = new ExcelJS.Workbook();
    await small.xlsx.load(flaggedOnly.rawPayload as unknown as ArrayBuffer);
    expect(small.worksheets[0]!.actualRowCount).toBe(2);
  });

  it('exports more rows than one batch, in ledger order', async () => {
    const many = await insertVolunteer(t.db, w.b.federation.id, w.b.station);
    const days = Array.from(
      { length: 1003 },
      (_, index) => `2026-${index % 2 === 0 ? '09' : '10'}-${String((index % 28) + 1).padStart(2, '0')}`,
    );
    await insertManyEntries(t.db, many, { ...w.b.federation, userId: w.otherCoordinator.userId }, days);
    const response = await w.otherCoordinator.client.get(`/api/service-hours/export.xlsx?volunteerId=${many.id}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.actualRowCount - 1).toBe(1003);
    const dates = Array.from({ length: 1003 }, (_, index) => String(sheet.getRow(index + 2).getCell(3).value));
    expect(dates).toEqual([...days].sort());
  });
});
