import type { VolunteerStats } from '@liandong/domain';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { auditEventsAbout } from '../../../test/db-reads.ts';
import { addMemberWithNewUser, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import type { TestClient } from '../../../test/test-client.ts';
import { newId } from '../../lib/ids.ts';
import { expectedStats, loadRawRows, type RawRows } from './volunteer-stats.expected.ts';
import { createStatsTree, generateStatsDataset, type StatsTree, shanghai } from './volunteer-stats.fixtures.ts';

describeEachDialect('volunteer statistics', (t) => {
  let admin: TestClient;
  let tree: StatsTree;
  let coordinator: TestClient;
  let raw: RawRows;
  const members: Record<string, TestClient> = {};

  /**
   * Today (2026-11-23, 10:00 in Shanghai) a team's shift runs for real through the API: the lead checks two
   * volunteers in and out from the roster (the check-outs write pending hours), marks the third a no-show, and an
   * administrator approves one of the new entries.
   */
  async function runTodaysShiftThroughTheApi(userId: string) {
    const team = tree.teams[0]!;
    const volunteers = await t.db
      .selectFrom('volunteers')
      .select('id')
      .where('homePath', '=', team.path)
      .limit(3)
      .execute();
    expect(volunteers).toHaveLength(3);
    const activityId = newId();
    const shiftId = newId();
    const startsAt = shanghai('2026-11-23', 9, 30);
    const endsAt = startsAt + 2 * 3_600_000;
    await t.db
      .insertInto('activities')
      .values({
        ...{ id: activityId, organizationId: team.id, organizationPath: team.path, registryId: tree.federation.id },
        ...{ type: 'visit', title: '今日探访', content: null, leadUserId: userId, address: null },
        ...{ latitude: null, longitude: null, geofenceM: null, startsAt, endsAt, beneficiaryGroup: null },
        ...{ riskLevel: 'low', status: 'published', createdBy: userId, createdAt: 0, updatedAt: 0 },
      })
      .execute();
    await t.db
      .insertInto('shifts')
      .values({
        ...{ id: shiftId, activityId, role: '陪伴', description: null, startsAt, endsAt, capacity: 5 },
        ...{ confirmedCount: 3, requiredSkills: '[]', requiredQualifications: '[]', minAge: null, minorsAllowed: 1 },
        ...{ signupFlow: 'instant', waitlistEnabled: 1, leadVolunteerId: null, checkinOpensMin: null },
        ...{ checkinClosesMin: null, status: 'open', createdAt: 0, updatedAt: 0 },
      })
      .execute();
    const participationIds = volunteers.map(() => newId());
    await t.db
      .insertInto('participations')
      .values(
        volunteers.map((volunteer, index) => ({
          ...{ id: participationIds[index]!, shiftId, activityId, volunteerId: volunteer.id, state: 'confirmed' },
          ...{ startsAt, endsAt, requestedAt: 0, confirmedAt: 0, updatedAt: 0 },
        })) as never,
      )
      .execute();

    const check = async (participationId: string, kind: 'in' | 'out') => {
      const response = await coordinator.post(`/api/participations/${participationId}/checks`, {
        kind,
        idempotencyKey: `stats-${kind}-${participationId}`,
      });
      expect(response.statusCode, response.body).toBe(200);
    };
    for (const id of participationIds.slice(0, 2)) await check(id, 'in');
    t.clock.advance(75 * 60_000);
    for (const id of participationIds.slice(0, 2)) await check(id, 'out');
    const noShow = await coordinator.post(`/api/participations/${participationIds[2]}/no-show`);
    expect(noShow.statusCode, noShow.body).toBe(200);

    const recorded = await t.db
      .selectFrom('serviceHoursEntries')
      .select('id')
      .where('participationId', 'in', participationIds)
      .execute();
    expect(recorded).toHaveLength(2);
    const decision = await admin.post('/api/service-hours/decisions', { ids: [recorded[0]!.id], decision: 'approve' });
    expect(decision.statusCode, decision.body).toBe(200);
  }

  beforeAll(async () => {
    ({ admin } = await setUpInstallation(t.app));
    tree = await createStatsTree(t.db, admin, '温岭市义工联', 1800);
    const other = await createStatsTree(t.db, admin, '玉环市义工联', 2080);
    const member = async (name: string, organizationId: string, role: Parameters<typeof addMemberWithNewUser>[3]) => {
      const added = await addMemberWithNewUser(t.app, admin, organizationId, role);
      members[name] = added.client;
      return added;
    };
    const lead = await member('coordinator', tree.federation.id, 'volunteer_coordinator');
    coordinator = lead.client;
    await member('stationCoordinator', tree.stations[0]!.id, 'volunteer_coordinator');
    await member('evaluator', tree.federation.id, 'evaluator');
    await member('volunteer', tree.federation.id, 'volunteer');
    const otherLead = await member('otherCoordinator', other.federation.id, 'volunteer_coordinator');

    const options = { volunteers: 60, activities: 20 };
    const { entries } = await generateStatsDataset(t.db, tree, { ...options, seed: 20_261_123, userId: lead.userId });
    // Some of the same volunteers served the December before, under the same units: a period across the turn of
    // the year must count each of them once.
    await t.db
      .insertInto('serviceHoursEntries')
      .values(
        entries
          .filter((entry) => entry.status === 'approved' && entry.kind === 'original')
          .slice(0, 12)
          .map((entry, index) => ({
            ...entry,
            ...{ id: newId(), serviceDate: `2025-12-${10 + index}`, recordedAt: shanghai(`2025-12-${10 + index}`, 20) },
            ...{ activityId: null, participationId: null },
          })),
      )
      .execute();
    await generateStatsDataset(t.db, other, { volunteers: 15, activities: 5, seed: 7, userId: otherLead.userId });
    await runTodaysShiftThroughTheApi(lead.userId);
    raw = await loadRawRows(t.db);
  }, 120_000);

  async function statsOf(client: TestClient, query: string) {
    const response = await client.get(`/api/volunteer-stats${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as VolunteerStats;
  }

  async function expectRecomputed(organizationId: string, from: string, to: string) {
    const expected = expectedStats(raw, organizationId, { from, to });
    expect(await statsOf(coordinator, `?organizationId=${organizationId}&from=${from}&to=${to}`)).toEqual(expected);
    return expected;
  }

  it('gives for the federation over whole months exactly what the raw records add up to', async () => {
    const expected = await expectRecomputed(tree.federation.id, '2026-08-01', '2026-10-31');
    // The generated data reaches every figure and every kind of scope, so the comparison means something.
    const { totals, direct } = expected;
    expect(totals.registeredByPeriodEnd.exited).toBeGreaterThan(0);
    expect(totals.newRegistrations).toBeGreaterThan(5);
    expect(totals.newRegistrations).toBeLessThan(60);
    expect(totals.activeVolunteers).toBeGreaterThan(10);
    expect(totals.noShows).toBeGreaterThan(0);
    expect(totals.pendingHundredths).toBeGreaterThan(0);
    expect(totals.fteHundredths).toBeGreaterThan(0);
    expect(direct.approvedHundredths).toBeGreaterThan(0);
    expect(expected.units.map((unit) => unit.level)).toEqual([1, 2, 2, 1, 2, 2]);
    expect(expected.units.every((unit) => unit.figures.approvedHundredths > 0)).toBe(true);
    expect(expected.months.map((month) => month.month)).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(expected.activityTypes.filter((type) => type.personTimes > 0).length).toBeGreaterThan(2);
    expect(raw.entries.some((entry) => entry.kind === 'void' && entry.status === 'approved')).toBe(true);
    // Some volunteers served under two units: above those units they count once.
    const unitsOf = new Map<string, Set<string>>();
    for (const entry of raw.entries.filter((e) => e.status === 'approved' && e.serviceDate.startsWith('2026-0'))) {
      unitsOf.set(entry.volunteerId, (unitsOf.get(entry.volunteerId) ?? new Set()).add(entry.unitPath));
    }
    expect([...unitsOf.values()].filter((paths) => paths.size > 1).length).toBeGreaterThan(2);
    expect(raw.entries.some((entry) => entry.kind === 'correction' && entry.status === 'pending')).toBe(true);
    // The 1,800-hour divisor configured for this registry, not the default.
    expect(expected.fteDivisors).toEqual([{ registryId: tree.federation.id, hoursDivisor: 1800 }]);
    expect(totals.fteHundredths).toBe(Math.round(totals.approvedHundredths / 1800));
  });

  it('gives the same for periods cutting through months, and within one month', async () => {
    await expectRecomputed(tree.federation.id, '2026-08-10', '2026-10-20');
    await expectRecomputed(tree.federation.id, '2026-09-05', '2026-09-25');
    await expectRecomputed(tree.federation.id, '2026-07-31', '2026-08-01');
  });

  it('gives the same where a month is cut with nothing beyond the cut, and over the turn of a year', async () => {
    // The generated ledger has nothing from 2025-12-22 to 2026-07-19 nor after today (2026-11-23), so these cut
    // months are read like whole ones; a volunteer active in both years counts once.
    await expectRecomputed(tree.federation.id, '2026-07-05', '2026-10-20');
    const turn = await expectRecomputed(tree.federation.id, '2025-12-01', '2026-11-23');
    expect(turn.months[0]!.approvedHundredths).toBeGreaterThan(0);
    await expectRecomputed(tree.federation.id, '2025-11-20', '2026-10-31');
    await expectRecomputed(tree.stations[0]!.id, '2025-12-05', '2026-11-23');
    await expectRecomputed(tree.teams[0]!.id, '2025-12-25', '2026-07-10');
  });

  it('gives a station and a team their own subtree', async () => {
    const station = await expectRecomputed(tree.stations[1]!.id, '2026-08-01', '2026-10-31');
    expect(station.units.map((unit) => unit.organizationId)).toEqual(tree.teams.slice(2).map((team) => team.id));
    const team = await expectRecomputed(tree.teams[1]!.id, '2026-07-28', '2026-11-05');
    expect(team.units).toEqual([]);
    expect(team.direct).toEqual(team.totals);
  });

  it('defaults to the acting organization and this year to date, and counts what happened today', async () => {
    const stats = await statsOf(coordinator, '');
    expect(stats).toEqual(expectedStats(raw, tree.federation.id, { from: '2026-01-01', to: '2026-11-23' }));
    const november = stats.months.at(-1)!;
    expect(november.month).toBe('2026-11');
    expect(stats.months).toHaveLength(11);
    expect(stats.months[0]).toEqual({
      month: '2026-01',
      approvedHundredths: 0,
      pendingHundredths: 0,
      activities: 0,
      personTimes: 0,
      noShows: 0,
      newRegistrations: 0,
    });
    const today = expectedStats(raw, tree.teams[0]!.id, { from: '2026-11-23', to: '2026-11-23' });
    expect(today.totals).toMatchObject({ personTimes: 2, noShows: 1, activities: 1 });
    expect(today.totals.approvedHundredths).toBeGreaterThan(0);
    expect(today.totals.pendingHundredths).toBeGreaterThan(0);
    expect(await statsOf(coordinator, `?organizationId=${tree.teams[0]!.id}&from=2026-11-23`)).toEqual(today);
  });

  it('answers 404 outside the actor’s subtree, as for an organization that does not exist', async () => {
    for (const [client, organizationId] of [
      [members.otherCoordinator!, tree.federation.id],
      [members.stationCoordinator!, tree.federation.id],
      [members.stationCoordinator!, tree.stations[1]!.id],
      [coordinator, newId()],
    ] as const) {
      for (const path of ['/api/volunteer-stats', '/api/volunteer-stats/export.xlsx']) {
        const response = await client.get(`${path}?organizationId=${organizationId}`);
        expect(response.statusCode).toBe(404);
        expect(response.json()).toEqual({ code: 'organizations.not_found' });
      }
    }
    // A station's coordinator sees the station, by default.
    expect(await statsOf(members.stationCoordinator!, '')).toEqual(
      expectedStats(raw, tree.stations[0]!.id, { from: '2026-01-01', to: '2026-11-23' }),
    );
  });

  it('shows an evaluator the figures and never a volunteer’s name; a volunteer sees nothing', async () => {
    const response = await members.evaluator!.get('/api/volunteer-stats?from=2026-08-01&to=2026-10-31');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(expectedStats(raw, tree.federation.id, { from: '2026-08-01', to: '2026-10-31' }));
    expect(raw.volunteers.filter((volunteer) => response.body.includes(volunteer.name))).toEqual([]);
    const forbidden = await members.volunteer!.get('/api/volunteer-stats');
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('auth.forbidden');
  });

  it('refuses a period that ends before it starts, is not a calendar day, or is too long', async () => {
    for (const query of [
      '?from=2026-10-01&to=2026-09-30',
      '?from=2027-01-01',
      '?from=2026-02-30',
      '?to=2026-13-01',
      '?from=2010-01-01&to=2026-11-23',
      `?organizationId=${tree.federation.id}&from=20260801`,
    ]) {
      const response = await coordinator.get(`/api/volunteer-stats${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().code, query).toBe('validation.failed');
    }
  });

  it('exports the same figures to xlsx with Chinese sheets and headers, and audits the export', async () => {
    const from = '2026-08-10';
    const to = '2026-10-20';
    const expected = expectedStats(raw, tree.federation.id, { from, to });
    const response = await coordinator.get(
      `/api/volunteer-stats/export.xlsx?organizationId=${tree.federation.id}&from=${from}&to=${to}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('志愿服务统计'));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['概览', '按站点与队伍', '按月份', '按活动类型']);
    const rowsOf = (name: string) =>
      (workbook.getWorksheet(name)!.getSheetValues().filter(Boolean) as unknown[][]).map((row) => row.slice(1));

    const overview = new Map(rowsOf('概览').map(([label, value]) => [label as string, value]));
    expect(overview.get('统计对象')).toBe('温岭市义工联');
    expect(overview.get('统计期间')).toBe('2026-08-10 至 2026-10-20');
    expect(overview.get('认定服务时长(小时)')).toBe(expected.totals.approvedHundredths / 100);
    expect(overview.get('待审核时长(小时)')).toBe(expected.totals.pendingHundredths / 100);
    expect(overview.get('服务人次')).toBe(expected.totals.personTimes);
    expect(overview.get('活跃志愿者')).toBe(expected.totals.activeVolunteers);
    expect(overview.get('折合全职人数(FTE)')).toBe(expected.totals.fteHundredths / 100);

    const [unitHeader, ...units] = rowsOf('按站点与队伍');
    expect(unitHeader!.slice(0, 3)).toEqual(['层级', '上级', '名称']);
    expect(units).toHaveLength(expected.units.length + 2);
    const hoursColumn = unitHeader!.indexOf('认定时长(小时)');
    expect(units.at(-1)![0]).toBe('合计');
    expect(units.at(-1)![hoursColumn]).toBe(expected.totals.approvedHundredths / 100);
    expect(units.map((row) => row[2])).toContain(tree.teams[3]!.name);

    const [monthHeader, ...months] = rowsOf('按月份');
    expect(monthHeader).toEqual([
      '月份',
      '认定时长(小时)',
      '待审核时长(小时)',
      '活动场次',
      '服务人次',
      '缺席人次',
      '新注册',
    ]);
    expect(months.map((row) => row[0])).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(months.reduce((sum, row) => sum + (row[4] as number), 0)).toBe(expected.totals.personTimes);
    expect(months.reduce((sum, row) => sum + Math.round((row[1] as number) * 100), 0)).toBe(
      expected.totals.approvedHundredths,
    );

    const [, ...types] = rowsOf('按活动类型');
    expect(types.map((row) => row[0])).toEqual([
      '社区活动',
      '小组活动',
      '探访',
      '个案服务',
      '培训',
      '大型活动',
      '其他',
      '未注明活动类型',
    ]);
    expect(types.reduce((sum, row) => sum + (row[2] as number), 0)).toBe(expected.totals.personTimes);

    const events = await auditEventsAbout(t.db, tree.federation.id);
    const exported = events.filter((event) => event.action === 'volunteer_stats.export');
    expect(exported).toHaveLength(1);
    expect(JSON.parse(exported[0]!.changes!)).toMatchObject({ from: { after: from }, to: { after: to } });
    // No volunteer is named in the workbook either.
    const text = JSON.stringify(workbook.worksheets.map((sheet) => sheet.getSheetValues()));
    expect(raw.volunteers.filter((volunteer) => text.includes(volunteer.name))).toEqual([]);
  });
});
