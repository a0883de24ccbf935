import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, DIALECTS, type TestDb } from '../../test/test-db.ts';
import {
  commaList,
  lastDayOfMonth,
  monthIndexOfInstant,
  monthsBetween,
  pathStartsWith,
  periodInstants,
  splitPeriod,
  withinSubtree,
} from './report-buckets.ts';

const SHANGHAI = 'Asia/Shanghai';

describe('report periods', () => {
  it('lists the months of a period across a year end', () => {
    expect(monthsBetween('2025-11-30', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-05', '2026-03-05')).toEqual(['2026-03']);
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
  });

  it('splits a period into whole months and the days of partial ones', () => {
    expect(splitPeriod('2026-01-01', '2026-12-31')).toEqual({
      wholeMonths: { first: '2026-01', last: '2026-12' },
      partialDays: [],
    });
    expect(splitPeriod('2026-01-15', '2026-04-10')).toEqual({
      wholeMonths: { first: '2026-02', last: '2026-03' },
      partialDays: [
        { from: '2026-01-15', to: '2026-01-31' },
        { from: '2026-04-01', to: '2026-04-10' },
      ],
    });
    expect(splitPeriod('2026-02-03', '2026-02-20')).toEqual({
      wholeMonths: null,
      partialDays: [{ from: '2026-02-03', to: '2026-02-20' }],
    });
    expect(splitPeriod('2026-01-31', '2026-02-28')).toEqual({
      wholeMonths: { first: '2026-02', last: '2026-02' },
      partialDays: [{ from: '2026-01-31', to: '2026-01-31' }],
    });
  });

  it('turns a period of days into the instants it covers in the time zone', () => {
    expect(periodInstants('2026-01-01', '2026-01-31', SHANGHAI)).toEqual({
      start: Date.UTC(2025, 11, 31, 16),
      end: Date.UTC(2026, 0, 31, 16),
    });
  });
});

describe.each(DIALECTS)('report SQL helpers [%s]', (dialect) => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb(dialect);
  });
  afterAll(async () => testDb?.destroy());

  const values = (rows: string[]) =>
    sql.join(
      rows.map((row) => sql`select ${row} as p`),
      sql` union all `,
    );

  it('finds a subtree by its path, not its siblings whose ids share a prefix', async () => {
    const paths = ['/a/', '/a/b/', '/a/b/c/', '/a/bc/', '/a/b-/', '/ab/', '/a0/', '/A/b/'];
    for (const [top, expected] of [
      ['/a/b/', ['/a/b/', '/a/b/c/']],
      ['/a/', ['/a/', '/a/b/', '/a/b/c/', '/a/bc/', '/a/b-/']],
    ] as const) {
      for (const predicate of [withinSubtree(testDb.db, 'p', top), pathStartsWith('p', top)]) {
        const { rows } = await sql<{
          p: string;
        }>`select p from (${values(paths)}) t where ${predicate} order by p`.execute(testDb.db);
        expect(rows.map((row) => row.p).sort()).toEqual([...expected].sort());
      }
    }
  });

  it('buckets instants by month in the time zone, clipped to the period', async () => {
    const months = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04'];
    const period = { months, ...periodInstants('2025-12-10', '2026-04-05', SHANGHAI) };
    const cases: [number, number | null][] = [
      [Date.UTC(2025, 11, 9, 15, 59), null], // 23:59 on 9 December in Shanghai: before the period
      [Date.UTC(2025, 11, 9, 16, 0), 0], // midnight starting 10 December
      [Date.UTC(2025, 11, 31, 15, 59), 0],
      [Date.UTC(2025, 11, 31, 16, 0), 1], // 1 January in Shanghai, still 31 December in UTC
      [Date.UTC(2026, 0, 31, 15, 59), 1],
      [Date.UTC(2026, 0, 31, 16, 0), 2],
      [Date.UTC(2026, 1, 28, 15, 59), 2],
      [Date.UTC(2026, 1, 28, 16, 0), 3],
      [Date.UTC(2026, 2, 31, 16, 0), 4],
      [Date.UTC(2026, 3, 5, 15, 59), 4],
      [Date.UTC(2026, 3, 5, 16, 0), null], // 6 April: after the period
    ];
    const instants = sql.join(
      cases.map(([instant]) => sql`select cast(${instant} as bigint) as at`),
      sql` union all `,
    );
    const { rows } = await sql<{ at: number; month: number | null }>`
      select at, ${monthIndexOfInstant('at', period, SHANGHAI)} as month from (${instants}) t order by at`.execute(
      testDb.db,
    );
    expect(rows.map((row) => [Number(row.at), row.month === null ? null : Number(row.month)])).toEqual(cases);
  });

  it('joins a group’s values with commas', async () => {
    const { rows } = await sql<{
      ids: string;
    }>`select ${commaList(testDb.db, 'p')} as ids from (${values(['x', 'y', 'z'])}) t`.execute(testDb.db);
    expect(rows[0]!.ids.split(',').sort()).toEqual(['x', 'y', 'z']);
  });
});
