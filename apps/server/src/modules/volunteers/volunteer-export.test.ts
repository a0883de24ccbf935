import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { addMemberWithNewUser, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, type TestClient } from '../../../test/test-client.ts';
import {
  createFederationTree,
  type FederationTree,
  insertLedgerEntry,
  registerVolunteer,
  validResidentId,
} from '../../../test/volunteer-factories.ts';

async function rowsOf(response: LightMyRequestResponse): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? '')));
  });
  return rows;
}

describeEachDialect('volunteer export', (t) => {
  let admin: TestClient;
  let tree: FederationTree;
  let coordinator: TestClient;
  let socialWorker: TestClient;
  const idNumber = validResidentId('1975-09-09', 'female', 12);

  beforeAll(async () => {
    ({ admin } = await setUpInstallation(t.app));
    tree = await createFederationTree(admin);
    coordinator = (await addMemberWithNewUser(t.app, admin, tree.federationId, 'volunteer_coordinator')).client;
    socialWorker = (await addMemberWithNewUser(t.app, admin, tree.federationId, 'social_worker')).client;
    const volunteer = await registerVolunteer(coordinator, tree.stationId, {
      name: '吴芳',
      gender: 'female',
      birthDate: '1975-09-09',
      idNumber,
      phone: '13722223333',
      skills: ['first_aid'],
      status: 'active',
    });
    await coordinator.put(`/api/volunteers/${volunteer.id}/teams/${tree.teamIds[0]}`, { role: 'team_lead' });
    await insertLedgerEntry(t.db, volunteer.id, { hundredths: 325 });
    await insertLedgerEntry(t.db, volunteer.id, { hundredths: 100, status: 'pending' });
    for (let i = 0; i < 4; i++) await registerVolunteer(coordinator, tree.teamIds[1]);
    await registerVolunteer(admin, (await createFederationTree(admin)).stationId, { name: '外人' });
  });

  const exportEvents = () =>
    t.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', '=', 'volunteers.export')
      .orderBy('occurredAt')
      .execute();

  it('writes a Chinese-headed roster of what the actor may see, masked, and audits the row count', async () => {
    const response = await socialWorker.get('/api/volunteers/export.xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain('attachment');
    const rows = await rowsOf(response);
    expect(rows[0]).toEqual([
      '志愿者编号',
      '姓名',
      '性别',
      '出生日期',
      '证件类型',
      '证件号码',
      '手机号码',
      '状态',
      '所属组织',
      '服务队',
      '服务技能',
      '全国志愿者编号',
      '注册日期',
      '累计服务时长（小时）',
    ]);
    expect(rows).toHaveLength(6);
    const wu = rows.find((row) => row[1] === '吴芳')!;
    expect(wu.slice(2, 11)).toEqual([
      '女',
      '1975-09-09',
      '居民身份证',
      `331***********${idNumber.slice(-4)}`,
      '137****3333',
      '正式',
      expect.stringContaining('服务站'),
      expect.stringContaining('站点服务队'),
      '急救',
    ]);
    expect(wu[12]).toBe('2026-11-23');
    // Approved hours only, as a number the sheet can sum.
    expect(wu[13]).toBe('3.25');
    expect(rows.map((row) => row[1])).not.toContain('外人');
    const [event] = await exportEvents();
    expect(JSON.parse(event!.changes!)).toMatchObject({ rowCount: { after: 5 }, revealed: { after: false } });
  });

  it('applies the list filters, and reveals numbers only to those allowed who ask', async () => {
    const filtered = await rowsOf(await coordinator.get('/api/volunteers/export.xlsx?status=active'));
    expect(filtered.map((row) => row[1])).toEqual(['姓名', '吴芳']);
    const revealed = await rowsOf(await coordinator.get('/api/volunteers/export.xlsx?q=wufang&reveal=1'));
    expect(revealed[1]!.slice(5, 7)).toEqual([idNumber, '13722223333']);
    const refused = await socialWorker.get('/api/volunteers/export.xlsx?reveal=1');
    expect(refused.statusCode).toBe(403);
    expect(json(refused).code).toBe('auth.forbidden');
    const events = await exportEvents();
    expect(events.map((event) => JSON.parse(event.changes!).revealed.after)).toEqual([false, false, true]);
    expect(events.map((event) => event.changes).join()).not.toContain('13722223333');
  });
});
