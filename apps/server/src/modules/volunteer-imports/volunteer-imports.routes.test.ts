import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEventsAbout } from '../../../test/db-reads.ts';
import { addMemberWithNewUser, setUpInstallation } from '../../../test/factories.ts';
import type { TestClient } from '../../../test/test-client.ts';
import { createTestDb, DIALECTS, type TestDb } from '../../../test/test-db.ts';
import { createFederationTree, type FederationTree, registerVolunteer } from '../../../test/volunteer-factories.ts';
import { buildApp } from '../../app.ts';
import { testConfig } from '../../config/config.ts';
import type { Db } from '../../db/create-db.ts';
import { fixedClock } from '../../lib/clock.ts';
import type { VolunteerStatsTables } from '../volunteer-stats/volunteer-stats.table.ts';
import type { VolunteerImport } from './import-contracts.ts';
import { XLSX_CONTENT_TYPE } from './import-template.ts';
import {
  inventedPerson,
  inventedResidentId,
  ROSTER_HEADERS,
  rosterRowOf,
  rosterXlsx,
  writeInventedRosterFile,
} from './invented-roster.ts';
import { stagedFileOf } from './staged-rows.ts';

interface Context {
  app: FastifyInstance;
  db: Db;
  dataDir: string;
}

/** Like describeEachDialect, with a throwaway data directory, since previews stage their rows on disk. */
function describeOnEachDialect(name: string, body: (context: Context) => void) {
  for (const dialect of DIALECTS) {
    describe(`${name} [${dialect}]`, () => {
      const context = {} as Context;
      let testDb: TestDb;
      beforeAll(async () => {
        testDb = await createTestDb(dialect);
        context.db = testDb.db;
        context.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-import-test-'));
        context.app = await buildApp({
          db: testDb.db,
          config: testConfig({ webDist: '/nonexistent', dataDir: context.dataDir }),
          clock: fixedClock(Date.UTC(2026, 10, 23, 2, 0, 0)),
        });
      });
      afterAll(async () => {
        await context.app?.close();
        await testDb?.destroy();
        if (context.dataDir) fs.rmSync(context.dataDir, { recursive: true, force: true });
      });
      body(context);
    });
  }
}

const upload = (
  client: TestClient,
  organizationId: string,
  file: Buffer,
  name = '名单.xlsx',
  type = XLSX_CONTENT_TYPE,
) =>
  client.request('POST', `/api/organizations/${organizationId}/volunteer-imports`, file, {
    'content-type': type,
    'x-file-name': encodeURIComponent(name),
  });

/** Polls the import until its commit is no longer running. */
async function settled(client: TestClient, id: string): Promise<VolunteerImport> {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const body = (await client.get(`/api/volunteer-imports/${id}`)).json() as VolunteerImport;
    if (body.status !== 'running') return body;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('import still running');
}

/** A zip holding one stored file, to stand for "a zip that is not a workbook". */
function zipOf(name: string, content: Buffer): Buffer {
  const fileName = Buffer.from(name);
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(content.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const localPart = Buffer.concat([local, fileName, content]);
  const centralPart = Buffer.concat([central, fileName]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralPart.length, 12);
  end.writeUInt32LE(localPart.length, 16);
  return Buffer.concat([localPart, centralPart, end]);
}

const lastLocalNo = async (db: Db, registryId: string) =>
  Number(
    (
      await db
        .selectFrom('volunteerRegistries')
        .select('lastLocalNo')
        .where('organizationId', '=', registryId)
        .executeTakeFirstOrThrow()
    ).lastLocalNo,
  );

const volunteersOf = (db: Db, registryId: string) =>
  db.selectFrom('volunteers').selectAll().where('registryId', '=', registryId).orderBy('localNo').execute();

/**
 * The statistics' volunteer_counts beside a count of the volunteers themselves: an import counts its rows in one write
 * instead of the per-row trigger (deferred-volunteer-counts.ts), and must leave the same figures and the trigger.
 */
async function expectCountsToAgree(db: Db) {
  const counted = await db
    .withTables<VolunteerStatsTables>()
    .selectFrom('volunteerCounts')
    .select(['homePath', 'status', 'volunteers'])
    .where('volunteers', '<>', 0)
    .orderBy('homePath')
    .orderBy('status')
    .execute();
  const recounted = await db
    .selectFrom('volunteers')
    .select(['homePath', 'status', (eb) => eb.fn.countAll<number>().as('volunteers')])
    .groupBy(['homePath', 'status'])
    .orderBy('homePath')
    .orderBy('status')
    .execute();
  expect(counted.map((row) => ({ ...row, volunteers: Number(row.volunteers) }))).toEqual(
    recounted.map((row) => ({ ...row, volunteers: Number(row.volunteers) })),
  );
}

/** An invented roster person as the registration form's fields. */
const volunteerFieldsOf = (person: ReturnType<typeof inventedPerson>) => ({
  name: person.name,
  gender: person.gender === '男' ? 'male' : 'female',
  birthDate: person.birthDate,
  idNumber: person.idNumber,
  phone: person.phone,
});

// Invented people by index; each test uses its own range so registries never share a person by accident.
let nextPerson = 1000;
const people = (count: number) => Array.from({ length: count }, () => inventedPerson(nextPerson++));

describeOnEachDialect('volunteer imports', (t) => {
  let admin: TestClient;
  let tree: FederationTree;
  let coordinator: TestClient;

  beforeAll(async () => {
    ({ admin } = await setUpInstallation(t.app));
    tree = await createFederationTree(admin);
    ({ client: coordinator } = await addMemberWithNewUser(t.app, admin, tree.federationId, 'volunteer_coordinator'));
  });

  it('gives a template that re-imports cleanly once three rows are filled in, and commits them all', async () => {
    const response = await coordinator.get(`/api/volunteer-imports/template.xlsx?organizationId=${tree.federationId}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain(XLSX_CONTENT_TYPE);
    expect(response.headers['content-disposition']).toContain('attachment');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['志愿者名单', '填写说明']);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(ROSTER_HEADERS);
    expect(ROSTER_HEADERS.slice(0, 6).every((header) => header.endsWith('*'))).toBe(true);
    expect(sheet.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: ['"男,女"'] });
    expect(sheet.getCell('D500').dataValidation?.formulae?.[0]).toContain('居民身份证');
    expect(sheet.getCell('E2').numFmt).toBe('@');
    const help = JSON.stringify(workbook.getWorksheet('填写说明')!.getSheetValues());
    const teamName = (
      await t.db.selectFrom('organizations').select('name').where('id', '=', tree.teamIds[0]).executeTakeFirstOrThrow()
    ).name;
    for (const text of ['男', '居民身份证', '护照', '陪伴探访', '、', teamName]) expect(help).toContain(text);

    const [first, second, third] = people(3) as [
      ReturnType<typeof inventedPerson>,
      ...ReturnType<typeof inventedPerson>[],
    ];
    first.skills = '陪伴探访、急救';
    first.teams = teamName;
    rosterRowOf(first).forEach((value, index) => {
      sheet.getRow(2).getCell(index + 1).value = value;
    });
    rosterRowOf(second!).forEach((value, index) => {
      sheet.getRow(3).getCell(index + 1).value = value;
    });
    // A date typed as an Excel date rather than text.
    rosterRowOf(third!).forEach((value, index) => {
      sheet.getRow(4).getCell(index + 1).value = index === 2 ? new Date(`${value}T00:00:00Z`) : value;
    });
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const previewed = await upload(coordinator, tree.federationId, filled, '三月名单.xlsx');
    expect(previewed.statusCode, previewed.body).toBe(201);
    const preview = previewed.json() as VolunteerImport;
    expect(preview).toMatchObject({
      status: 'previewed',
      fileName: '三月名单.xlsx',
      totalRows: 3,
      validRows: 3,
      problemCount: 0,
      problems: [],
      organization: { id: tree.federationId },
      registry: { id: tree.federationId },
    });
    expect(preview.sample.map((row) => row.row)).toEqual([2, 3, 4]);
    expect(preview.sample[0]).toMatchObject({ name: first.name, skills: ['陪伴探访', '急救'], teams: [teamName] });
    expect(preview.sample[2]!.birthDate).toBe(third!.birthDate);
    // Masked in the preview: the full numbers never come back.
    for (const person of [first, second!, third!]) {
      expect(previewed.body).not.toContain(person.idNumber);
      expect(previewed.body).not.toContain(person.phone);
    }
    expect(await t.db.selectFrom('volunteers').select('id').execute()).toEqual([]);

    const commit = await coordinator.post(`/api/volunteer-imports/${preview.id}/commit`, { status: 'active' });
    expect(commit.statusCode, commit.body).toBe(202);
    expect(commit.json()).toMatchObject({ id: preview.id, status: 'running' });
    const done = await settled(coordinator, preview.id);
    expect(done).toMatchObject({ status: 'done', importedRows: 3, processedRows: 3, errorCode: null });
    expect(done.finishedAt).not.toBeNull();

    const rows = await volunteersOf(t.db, tree.federationId);
    expect(rows.map((row) => [row.name, row.localNo, row.status, row.source, row.homeOrganizationId])).toEqual([
      [first.name, 'V000001', 'active', 'import', tree.federationId],
      [second!.name, 'V000002', 'active', 'import', tree.federationId],
      [third!.name, 'V000003', 'active', 'import', tree.federationId],
    ]);
    expect(JSON.parse(rows[0]!.skills)).toEqual(['companionship', 'first_aid']);
    expect(rows[2]!.birthDate).toBe(third!.birthDate);
    for (const [index, row] of rows.entries()) {
      const person = [first, second!, third!][index]!;
      expect(JSON.stringify(row)).not.toContain(person.idNumber);
      expect(JSON.stringify(row)).not.toContain(person.phone);
      expect(row.idNumberMasked).toMatch(/^331\*+\d{3}[\dX]$/);
    }
    const memberships = await t.db.selectFrom('volunteerTeamMemberships').selectAll().execute();
    expect(memberships).toMatchObject([{ volunteerId: rows[0]!.id, teamId: tree.teamIds[0], role: 'member' }]);
    const registry = await t.db
      .selectFrom('volunteerRegistries')
      .select('lastLocalNo')
      .where('organizationId', '=', tree.federationId)
      .executeTakeFirstOrThrow();
    expect(Number(registry.lastLocalNo)).toBe(3);
    expect((await auditEventsAbout(t.db, preview.id)).map((event) => event.action)).toEqual([
      'volunteers.import_preview',
      'volunteers.import_start',
      'volunteers.import',
    ]);
    expect(fs.readdirSync(path.join(t.dataDir, 'imports'))).toEqual([]);

    const again = await coordinator.post(`/api/volunteer-imports/${preview.id}/commit`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'volunteers.import_state', details: { status: 'done' } });
    const list = await coordinator.get(`/api/organizations/${tree.federationId}/volunteer-imports`);
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: preview.id, status: 'done', importedRows: 3 }] });
  });

  it('lists every kind of row problem with its row before anything is written, and refuses to commit it', async () => {
    const importedBefore = (await volunteersOf(t.db, tree.federationId)).length;
    await registerVolunteer(coordinator, tree.federationId, {
      birthDate: '1985-06-15',
      gender: 'female',
      idNumber: inventedResidentId('1985-06-15', 'female', 7),
    });
    const [valid, dupA, ...rest] = people(15);
    const row = (overrides: Partial<ReturnType<typeof inventedPerson>>) => {
      const person = rest.shift()!;
      return rosterRowOf({ ...person, ...overrides });
    };
    const goodId = inventedResidentId('1991-04-02', 'male', 3);
    const child = '2024-01-05';
    const rows: unknown[][] = [
      /* 2 */ rosterRowOf(valid!),
      /* 3 */ row({ name: '' }),
      /* 4 */ row({
        birthDate: '1991-04-02',
        gender: '男',
        idNumber: `${goodId.slice(0, 17)}${goodId[17] === '0' ? '1' : '0'}`,
      }),
      /* 5 */ row({ birthDate: '1991-04-03', gender: '男', idNumber: goodId }),
      /* 6 */ row({ birthDate: '1991-04-02', gender: '女', idNumber: goodId }),
      /* 7 */ row({ birthDate: '1991-02-30' }),
      /* 8 */ row({ gender: '未知' }),
      /* 9 */ row({ idType: '驾驶证' }),
      /* 10 */ row({ phone: '12345' }),
      /* 11 */ row({ skills: '急救、编程' }),
      /* 12 */ row({ teams: '不存在的服务队' }),
      /* 13 */ rosterRowOf(dupA!),
      /* 14 */ rosterRowOf({ ...dupA!, name: '另一个名字', phone: '13912345678' }),
      /* 15 */ row({ birthDate: child, gender: '男', idNumber: inventedResidentId(child, 'male', 1) }),
      /* 16 */ rosterRowOf({
        ...inventedPerson(nextPerson++),
        name: '注册过',
        birthDate: '1985-06-15',
        gender: '女',
        idNumber: inventedResidentId('1985-06-15', 'female', 7),
      }),
      /* 17 */ row({ name: '长'.repeat(51) }),
      /* 18 */ [],
      /* 19 */ row({}).map((value, index) => (index === 4 ? Number('331081199003071231') : value)),
    ];
    const response = await upload(coordinator, tree.federationId, await rosterXlsx(rows));
    expect(response.statusCode, response.body).toBe(201);
    const preview = response.json() as VolunteerImport;
    expect(preview.totalRows).toBe(17);
    expect(preview.validRows).toBe(1);
    const found = preview.problems.map(({ row, column, code, problem, otherRow, value }) =>
      [row, column, code, problem ?? otherRow ?? value].filter((part) => part !== undefined),
    );
    expect(found).toEqual([
      [3, 'name', 'required'],
      [4, 'idNumber', 'id_number_invalid', 'check_character'],
      [5, 'idNumber', 'id_number_invalid', 'birth_date_mismatch'],
      [6, 'idNumber', 'id_number_invalid', 'gender_mismatch'],
      [7, 'birthDate', 'date_invalid'],
      [8, 'gender', 'gender_invalid'],
      [9, 'idType', 'id_type_invalid'],
      [10, 'phone', 'phone_invalid'],
      [11, 'skills', 'skill_unknown', '编程'],
      [12, 'teams', 'team_unknown', '不存在的服务队'],
      [13, 'idNumber', 'duplicate_in_file', 14],
      [14, 'idNumber', 'duplicate_in_file', 13],
      [15, 'birthDate', 'under_minimum_age'],
      [16, 'idNumber', 'already_registered'],
      [17, 'name', 'too_long'],
      [19, 'idNumber', 'id_number_as_number'],
    ]);
    expect(preview.problemCount).toBe(16);
    expect(preview.problemCounts).toMatchObject({ duplicate_in_file: 2, id_number_invalid: 3, already_registered: 1 });
    expect(preview.sample).toEqual([]);
    expect(fs.existsSync(stagedFileOf(t.dataDir, preview.id))).toBe(false);

    const commit = await coordinator.post(`/api/volunteer-imports/${preview.id}/commit`, {});
    expect(commit.statusCode).toBe(409);
    expect(commit.json()).toMatchObject({ code: 'volunteers.import_has_problems', details: { problemCount: 16 } });
    expect(await volunteersOf(t.db, tree.federationId)).toHaveLength(importedBefore + 1);
  });

  it('answers a file that is not a spreadsheet with volunteers.import_invalid_file and records nothing', async () => {
    const before = await t.db.selectFrom('volunteerImports').select('id').execute();
    const randomBytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const workbook = await rosterXlsx([rosterRowOf(inventedPerson(nextPerson++))]);
    const cases: [string, Buffer, string, string, string][] = [
      ['random bytes', randomBytes, 'roster.xlsx', XLSX_CONTENT_TYPE, 'not_spreadsheet'],
      ['a renamed text file', Buffer.from('这不是表格\n第二行\n'), 'notes.xlsx', XLSX_CONTENT_TYPE, 'not_spreadsheet'],
      ['an empty file', Buffer.alloc(0), 'empty.xlsx', XLSX_CONTENT_TYPE, 'empty'],
      [
        'a zip that is no workbook',
        zipOf('hello.txt', Buffer.from('hello')),
        'roster.xlsx',
        XLSX_CONTENT_TYPE,
        'not_spreadsheet',
      ],
      [
        'a cut-off workbook',
        workbook.subarray(0, workbook.length >> 1),
        'roster.xlsx',
        XLSX_CONTENT_TYPE,
        'not_spreadsheet',
      ],
      [
        'an old .xls',
        Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]),
        'old.xls',
        'application/vnd.ms-excel',
        'legacy_xls',
      ],
      ['binary sent as CSV', randomBytes, 'roster.csv', 'text/csv', 'not_spreadsheet'],
      ['a text file sent as CSV', Buffer.from('hello,world\n1,2\n'), 'roster.csv', 'text/csv', 'missing_columns'],
      ['a header without rows', await rosterXlsx([]), 'roster.xlsx', XLSX_CONTENT_TYPE, 'no_rows'],
    ];
    for (const [what, file, name, type, reason] of cases) {
      const response = await upload(coordinator, tree.federationId, file, name, type);
      expect(response.statusCode, `${what}: ${response.body}`).toBe(400);
      expect(response.json(), what).toMatchObject({ code: 'volunteers.import_invalid_file', details: { reason } });
    }

    const withoutPhone = await rosterXlsx([['张三', '男']], ['姓名*', '性别*', '出生日期', '证件类型', '证件号码']);
    const missing = await upload(coordinator, tree.federationId, withoutPhone);
    expect(missing.json()).toEqual({
      code: 'volunteers.import_invalid_file',
      details: { reason: 'missing_columns', missingColumns: ['手机号码*'] },
    });
    const json = await coordinator.request('POST', `/api/organizations/${tree.federationId}/volunteer-imports`, {
      a: 1,
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().code).toBe('http.unsupported_media_type');
    expect(await t.db.selectFrom('volunteerImports').select('id').execute()).toEqual(before);
  });

  it('reads a CSV with a BOM, CRLF line ends and quoted fields, and one saved by Excel in GB18030', async () => {
    const [first, second] = people(2) as [ReturnType<typeof inventedPerson>, ReturnType<typeof inventedPerson>];
    const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
    // Columns in another order, an extra column, and a name holding a quote.
    const csv =
      '\ufeff手机号码*,姓名*,备注,性别*,出生日期*,证件类型*,证件号码*,服务技能\r\n' +
      `${first.phone},${quote('阿依"古丽')},${quote('第一行\r\n第二行')},${first.gender},${first.birthDate},居民身份证,${first.idNumber},${quote('陪伴探访,急救')}\r\n` +
      `\r\n${second.phone},${second.name},,${second.gender},${second.birthDate.replaceAll('-', '/')},身份证,${second.idNumber},\r\n`;
    const response = await upload(coordinator, tree.stationId, Buffer.from(csv, 'utf8'), 'roster.csv', 'text/csv');
    expect(response.statusCode, response.body).toBe(201);
    const preview = response.json() as VolunteerImport;
    expect(preview).toMatchObject({ totalRows: 2, validRows: 2, problemCount: 0, registry: { id: tree.federationId } });
    expect(preview.sample.map((row) => [row.row, row.name, row.skills])).toEqual([
      [2, '阿依"古丽', ['陪伴探访', '急救']],
      // The quoted line break keeps the first record on one row, as a spreadsheet program shows it.
      [4, second.name, []],
    ]);

    // The same roster as Excel on a Chinese Windows saves "CSV": GB18030 (GBK) bytes, no BOM.
    const gbk = (hex: string) => Buffer.from(hex, 'hex');
    const [third] = people(1) as [ReturnType<typeof inventedPerson>];
    const legacyCsv = Buffer.concat([
      // 姓名*,性别*,出生日期*,证件类型*,证件号码*,手机号码*\r\n
      gbk('d0d5c3fb2a2cd0d4b1f02a2cb3f6c9fac8d5c6da2a2cd6a4bcfec0e0d0cd2a2cd6a4bcfebac5c2eb2a2ccad6bbfabac5c2eb2a0d0a'),
      gbk('cdf5d0a1c3f72c'), // 王小明,
      gbk(third.gender === '男' ? 'c4d02c' : 'c5ae2c'), // 男, or 女,
      Buffer.from(`${third.birthDate},`),
      gbk('bed3c3f1c9edb7ddd6a42c'), // 居民身份证,
      Buffer.from(`${third.idNumber},${third.phone}\r\n`),
    ]);
    const legacy = await upload(coordinator, tree.stationId, legacyCsv, 'roster.csv', 'text/csv');
    expect(legacy.statusCode, legacy.body).toBe(201);
    expect(legacy.json()).toMatchObject({ totalRows: 1, validRows: 1, sample: [{ name: '王小明' }] });
  });

  it('writes nothing when someone registers a listed person between preview and commit', async () => {
    const { client: other } = await addMemberWithNewUser(t.app, admin, tree.stationId, 'volunteer_coordinator');
    const listed = people(3);
    const response = await upload(other, tree.stationId, await rosterXlsx(listed.map(rosterRowOf)));
    const preview = response.json() as VolunteerImport;
    expect(preview.problemCount, response.body).toBe(0);
    const before = await volunteersOf(t.db, tree.federationId);
    const numberBefore = await lastLocalNo(t.db, tree.federationId);

    const second = listed[1]!;
    const raced = await registerVolunteer(coordinator, tree.stationId, volunteerFieldsOf(second));

    const commit = await other.post(`/api/volunteer-imports/${preview.id}/commit`, { status: 'prospective' });
    expect(commit.statusCode, commit.body).toBe(202);
    const failed = await settled(other, preview.id);
    expect(failed).toMatchObject({
      status: 'failed',
      errorCode: 'volunteers.already_registered',
      importedRows: 0,
      problemCount: 1,
      problems: [{ row: 3, column: 'idNumber', code: 'already_registered' }],
    });
    const after = await volunteersOf(t.db, tree.federationId);
    expect(after.map((row) => row.id).sort()).toEqual([...before.map((row) => row.id), raced.id].sort());
    // The numbers the import took were rolled back with it: only the hand registration used one.
    expect(await lastLocalNo(t.db, tree.federationId)).toBe(numberBefore + 1);
    await expectCountsToAgree(t.db);
    expect(fs.existsSync(stagedFileOf(t.dataDir, preview.id))).toBe(false);
    // The failed import cannot be retried; the coordinator fixes the file and previews again.
    const retry = await other.post(`/api/volunteer-imports/${preview.id}/commit`, {});
    expect(retry.json()).toMatchObject({ code: 'volunteers.import_state', details: { status: 'failed' } });
    expect((await auditEventsAbout(t.db, preview.id)).map((event) => event.action)).toEqual([
      'volunteers.import_preview',
      'volunteers.import_start',
    ]);
  });

  it('round-trips 5,000 rows in one import with consecutive local numbers', async () => {
    const file = path.join(t.dataDir, 'roster-5000.xlsx');
    await writeInventedRosterFile(file, 5000, nextPerson);
    nextPerson += 5000;
    const response = await upload(coordinator, tree.stationId, fs.readFileSync(file));
    expect(response.statusCode, response.body).toBe(201);
    const preview = response.json() as VolunteerImport;
    expect(preview).toMatchObject({ totalRows: 5000, validRows: 5000, problemCount: 0 });
    const before = await lastLocalNo(t.db, tree.federationId);
    expect((await coordinator.post(`/api/volunteer-imports/${preview.id}/commit`, {})).statusCode).toBe(202);
    expect(await settled(coordinator, preview.id)).toMatchObject({
      status: 'done',
      importedRows: 5000,
      processedRows: 5000,
    });
    const imported = await t.db
      .selectFrom('volunteers')
      .select(['localNo', 'status', 'homeOrganizationId'])
      .where('registryId', '=', tree.federationId)
      .where('homeOrganizationId', '=', tree.stationId)
      .where('source', '=', 'import')
      .orderBy('localNo')
      .execute();
    const expected = Array.from({ length: 5000 }, (_, i) => `V${String(before + 1 + i).padStart(6, '0')}`);
    expect(imported.map((row) => row.localNo)).toEqual(expected);
    expect(new Set(imported.map((row) => row.status))).toEqual(new Set(['prospective']));
    expect(await auditEventsAbout(t.db, preview.id)).toHaveLength(3);
    await expectCountsToAgree(t.db);
    // The count's trigger is back: a volunteer registered by hand afterwards is counted as before.
    await registerVolunteer(coordinator, tree.stationId, volunteerFieldsOf(inventedPerson(nextPerson++)));
    await expectCountsToAgree(t.db);
  }, 120_000);

  it('keeps imports to coordinators who manage the organization', async () => {
    const otherTree = await createFederationTree(admin);
    const { client: stranger } = await addMemberWithNewUser(
      t.app,
      admin,
      otherTree.federationId,
      'volunteer_coordinator',
    );
    const { client: staff } = await addMemberWithNewUser(t.app, admin, tree.federationId, 'staff');
    const file = await rosterXlsx([rosterRowOf(inventedPerson(nextPerson++))]);

    const refused = await upload(stranger, tree.federationId, file);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().code).toBe('organizations.not_found');
    expect((await upload(staff, tree.federationId, file)).statusCode).toBe(403);

    const preview = (await upload(coordinator, tree.federationId, file)).json() as VolunteerImport;
    for (const response of [
      await stranger.get(`/api/volunteer-imports/${preview.id}`),
      await stranger.post(`/api/volunteer-imports/${preview.id}/commit`, {}),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('volunteers.import_not_found');
    }
    expect((await stranger.get(`/api/organizations/${tree.federationId}/volunteer-imports`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/organizations/${otherTree.federationId}/volunteer-imports`)).json()).toMatchObject(
      {
        total: 0,
        items: [],
      },
    );
    expect((await coordinator.get(`/api/volunteer-imports/${preview.id}`)).json()).toMatchObject({
      id: preview.id,
      status: 'previewed',
    });
  });
});
