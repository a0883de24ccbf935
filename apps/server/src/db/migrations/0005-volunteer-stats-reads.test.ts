import { ACTIVITY_TYPES, type ActivityType, type HoursKind, type HoursStatus } from '@liandong/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, emptyDatabase } from '../../../test/test-db.ts';
import type { VolunteerStatsTables } from '../../modules/volunteer-stats/volunteer-stats.table.ts';
import type { Db } from '../create-db.ts';
import { migratorOf } from '../migrator.ts';

// The rollups of 0005 must always equal what they summarise: after each phase of writes they are recomputed from the
// ledger (and 0004's active-years rollup) in TypeScript and compared whole.

interface LedgerRow {
  id: string;
  unitPath: string;
  volunteerId: string;
  serviceDate: string;
  activityType: ActivityType | null;
  status: HoursStatus;
  kind: HoursKind;
  creditedHundredths: number;
}

type Cells = Record<string, number>;

/** '/a/b/' and every path above it: '/a/', '/a/b/'. */
const scopesOf = (path: string) =>
  path
    .split('/')
    .filter(Boolean)
    .map((_, index, ids) => `/${ids.slice(0, index + 1).join('/')}/`);

interface Recorded {
  ledger: LedgerRow[];
  volunteers: { homePath: string; status: string }[];
  activeYears: { unitPath: string; volunteerId: string; year: string; months: number }[];
}

function expectedRollups({ ledger, volunteers, activeYears }: Recorded) {
  const units: Cells = {};
  const scopes: Cells = {};
  const add = (cells: Cells, key: string, amount: number) => {
    cells[key] = (cells[key] ?? 0) + amount;
  };
  for (const row of ledger) {
    if (row.status === 'declined') continue;
    const month = row.serviceDate.slice(0, 7);
    add(units, [row.unitPath, row.status, month].join('|'), row.creditedHundredths);
    for (const scope of scopesOf(row.unitPath))
      add(scopes, [scope, month, row.activityType ?? '', row.status].join('|'), row.creditedHundredths);
  }
  // volunteer_units: one row per volunteer with rolled-up approved hours, flagged when under more than one path.
  const pathsOf = new Map<string, Set<string>>();
  const masks: Cells = {};
  for (const { unitPath, volunteerId, year, months } of activeYears) {
    pathsOf.set(volunteerId, (pathsOf.get(volunteerId) ?? new Set()).add(unitPath));
    add(masks, [unitPath, year, months].join('|'), 1);
  }
  const counts: Cells = {};
  for (const { homePath, status } of volunteers) add(counts, [homePath, status].join('|'), 1);
  const nonZero = (cells: Cells) => Object.fromEntries(Object.entries(cells).filter(([, n]) => n !== 0));
  return {
    units: nonZero(units),
    scopes: nonZero(scopes),
    counts,
    masks,
    several: Object.fromEntries([...pathsOf].map(([id, paths]) => [id, paths.size > 1 ? 1 : 0])),
    pathsOf,
  };
}

async function actualRollups(db: Db) {
  const cells = async (query: ReturnType<typeof sql<{ key: string; n: number }>>) =>
    Object.fromEntries((await query.execute(db)).rows.map(({ key, n }) => [key, Number(n)]));
  return {
    units: await cells(sql`select unit_path || '|' || status || '|' || month as key, hundredths as n
      from service_hours_unit_months where hundredths <> 0`),
    scopes: await cells(sql`select scope_path || '|' || month || '|' || activity_type || '|' || status as key,
      hundredths as n from service_hours_scope_months where hundredths <> 0`),
    counts: await cells(sql`select home_path || '|' || status as key, volunteers as n from volunteer_counts
      where volunteers <> 0`),
    masks: await cells(sql`select unit_path || '|' || year || '|' || cast(months as text) as key, volunteers as n
      from volunteer_active_masks where volunteers <> 0`),
    several: await cells(sql`select volunteer_id as key, several as n from volunteer_units`),
    first: await cells(sql`select volunteer_id || '|' || unit_path as key, 1 as n from volunteer_units`),
  };
}

describe.each(DIALECTS)('0005 volunteer statistics read rollups [%s]', (dialect) => {
  let db: Db;
  let drop: () => Promise<void>;
  const ledger: LedgerRow[] = [];
  // A quote and a backslash in one id: splitting paths must never fail a write.
  const units = ['/f/', '/f/s1/', '/f/s1/t1/', '/f/s2/', '/f/s2/q"\\9/'];
  const volunteerIds = ['v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8'];
  let seed = 11;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  async function insertEntries(count: number, unitOf: (volunteerId: string) => string) {
    const rows: LedgerRow[] = Array.from({ length: count }, (_, index) => {
      const volunteerId = pick(volunteerIds);
      return {
        id: `e${ledger.length + index}`,
        unitPath: unitOf(volunteerId),
        volunteerId,
        serviceDate: `202${pick([5, 6])}-0${1 + Math.floor(random() * 3)}-1${Math.floor(random() * 10)}`,
        activityType: random() < 0.2 ? null : pick(ACTIVITY_TYPES),
        status: pick(['pending', 'approved', 'approved', 'declined'] as const),
        kind: pick(['original', 'original', 'correction', 'void'] as const),
        creditedHundredths: random() < 0.1 ? 0 : Math.floor(random() * 800) - 200,
      };
    });
    await insertRows(rows);
  }
  async function insertRows(rows: LedgerRow[]) {
    ledger.push(...rows);
    const common = { registryId: 'f', recordingOrganizationId: 'f', recordingPath: '/f/', rawMinutes: 60 };
    const recorded = { source: 'coordinator' as const, recordedBy: 'u', recordedAt: 1 };
    await db
      .insertInto('serviceHoursEntries')
      .values(rows.map((row) => ({ ...row, ...common, ...recorded })))
      .execute();
  }
  // Most volunteers serve under one unit, as the ledger records their home; a few move.
  const homeOf = (volunteerId: string) => units[Number(volunteerId.slice(1)) % units.length]!;

  async function expectRollupsInStep() {
    const expected = expectedRollups({
      ledger,
      volunteers: await db.selectFrom('volunteers').select(['homePath', 'status']).execute(),
      activeYears: (
        await db.withTables<VolunteerStatsTables>().selectFrom('volunteerActiveYears').selectAll().execute()
      ).map((row) => ({ ...row, months: Number(row.months) })),
    });
    const actual = await actualRollups(db);
    expect(actual.units).toEqual(expected.units);
    expect(actual.scopes).toEqual(expected.scopes);
    expect(actual.counts).toEqual(expected.counts);
    expect(actual.masks).toEqual(expected.masks);
    expect(actual.several).toEqual(expected.several);
    // The first path kept is one the volunteer served under.
    for (const key of Object.keys(actual.first)) {
      const [volunteerId, unitPath] = key.split('|') as [string, string];
      expect(expected.pathsOf.get(volunteerId)?.has(unitPath)).toBe(true);
    }
    return expected;
  }

  async function insertVolunteer(id: string, homePath: string, status: string) {
    await sql`insert into volunteers (id, registry_id, home_organization_id, home_path, local_no, name, name_search,
        gender, birth_date, id_type, id_number_cipher, id_number_hash, id_number_masked, phone_cipher, phone_hash,
        phone_masked, status, source, registered_at, status_changed_at, created_at, updated_at)
      values (${id}, 'f', 'f', ${homePath}, ${id}, ${id}, ${id}, 'female', '1990-01-01', 'resident_id', 'c', ${id},
        'm', 'c', ${id}, 'm', ${status}, 'staff', 1, 1, 1, 1)`.execute(db);
  }

  beforeAll(async () => {
    ({ db, drop } = await emptyDatabase(dialect, 'reads'));
    expect((await migratorOf(db).migrateTo('0004-volunteer-stats')).error).toBeUndefined();
    await sql`insert into users (id, username, display_name, password_hash, password_changed_at, created_at, updated_at)
      values ('u', 'lead', '领队', 'x', 0, 0, 0)`.execute(db);
    await sql`insert into organizations (id, path, depth, name, kind, legal_status, created_at, updated_at)
      values ('f', '/f/', 0, '义工联', 'volunteer_federation', 'none', 1, 1)`.execute(db);
    for (const id of volunteerIds) await insertVolunteer(id, '/f/', 'active');
  });
  afterAll(async () => drop?.());

  it('are filled from what was recorded before the migration', async () => {
    await insertEntries(120, homeOf);
    await insertEntries(10, () => pick(units));
    expect((await migratorOf(db).migrateTo('0005-volunteer-stats-reads')).error).toBeUndefined();
    const expected = await expectRollupsInStep();
    expect(Object.keys(expected.scopes).some((key) => key.startsWith('/f/s2/q"\\9/|'))).toBe(true);
    expect(Object.values(expected.several)).toContain(1);
    expect(Object.values(expected.several)).toContain(0);
  });

  it('follow single and multi-row inserts, including a volunteer seen under a second unit', async () => {
    await insertEntries(1, homeOf);
    await insertEntries(60, homeOf);
    const settled = Object.entries((await actualRollups(db)).several).find(([, several]) => several === 0)![0];
    const other = units.find((unit) => unit !== homeOf(settled))!;
    await insertRows([
      {
        ...{ id: `e${ledger.length}`, unitPath: other, volunteerId: settled, serviceDate: '2026-02-02' },
        ...{ activityType: 'visit', status: 'approved', kind: 'original', creditedHundredths: 150 },
      },
    ]);
    await expectRollupsInStep();
    expect((await actualRollups(db)).several[settled]).toBe(1);
  });

  it('follow decisions over many rows in one statement, ignoring other columns', async () => {
    const pending = ledger.filter((row) => row.status === 'pending');
    expect(pending.length).toBeGreaterThan(10);
    for (const [rows, status] of [
      [pending.filter((_, index) => index % 3 !== 0), 'approved'],
      [pending.filter((_, index) => index % 3 === 0), 'declined'],
    ] as const) {
      await db
        .updateTable('serviceHoursEntries')
        .set({ status, decidedBy: 'u', decidedAt: 2 })
        .where(
          'id',
          'in',
          rows.map((row) => row.id),
        )
        .execute();
      for (const row of rows) row.status = status;
    }
    await db.updateTable('serviceHoursEntries').set({ evaluationRating: 5 }).execute();
    await expectRollupsInStep();
  });

  it('follow units, dates, types and hours that change, and rows removed', async () => {
    await db
      .updateTable('serviceHoursEntries')
      .set({ unitPath: '/f/s3/t9/' })
      .where('unitPath', '=', '/f/s1/t1/')
      .execute();
    for (const row of ledger) if (row.unitPath === '/f/s1/t1/') row.unitPath = '/f/s3/t9/';
    const changed = ledger.filter((_, index) => index % 7 === 0);
    await db
      .updateTable('serviceHoursEntries')
      .set({ serviceDate: '2026-03-31', activityType: null, creditedHundredths: 333 })
      .where(
        'id',
        'in',
        changed.map((row) => row.id),
      )
      .execute();
    for (const row of changed)
      Object.assign(row, { serviceDate: '2026-03-31', activityType: null, creditedHundredths: 333 });

    const removed = ledger.splice(0, 5).map((row) => row.id);
    await db.deleteFrom('serviceHoursEntries').where('id', 'in', removed).execute();
    const expected = await expectRollupsInStep();
    expect(Object.keys(expected.units).some((key) => key.startsWith('/f/s3/t9/|'))).toBe(true);
  });

  it('follow volunteers registered, moved, changing status and removed', async () => {
    for (const [index, status] of ['prospective', 'active', 'suspended', 'exited', 'active'].entries())
      await insertVolunteer(`w${index}`, units[index % units.length]!, status);
    await db.updateTable('volunteers').set({ status: 'exited' }).where('id', 'in', ['v1', 'v2', 'w0']).execute();
    await db.updateTable('volunteers').set({ homePath: '/f/s2/' }).where('id', 'in', ['v3', 'w1']).execute();
    await db
      .updateTable('volunteers')
      .set({ homePath: '/f/s1/', status: 'suspended' })
      .where('id', '=', 'w2')
      .execute();
    await db.updateTable('volunteers').set({ updatedAt: 9 }).execute();
    await db.deleteFrom('volunteers').where('id', 'in', ['w3', 'w4']).execute();
    const expected = await expectRollupsInStep();
    expect(Object.keys(expected.counts).length).toBeGreaterThanOrEqual(4);
  });
});
