import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { addDays, startOfCalendarDay } from '../lib/calendar.ts';
import { type Db, dialectOf } from './create-db.ts';

/*
 * How reports bucket by month and scope by subtree on both dialects. Calendar days ('YYYY-MM-DD', already in the
 * installation's time zone) bucket by their first seven characters; instants bucket through month boundaries
 * computed here in the time zone, so no SQL does time-zone arithmetic.
 */

// Time-zone offsets come from Intl, which is slow to ask; a report asks for the same month starts many times.
const dayStarts = new Map<string, number>();
function startOf(day: string, timeZone: string): number {
  const key = `${timeZone} ${day}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    start = startOfCalendarDay(day, timeZone);
    if (dayStarts.size > 10_000) dayStarts.clear();
    dayStarts.set(key, start);
  }
  return start;
}

/** 'YYYY-MM' of every month from `from`'s to `to`'s (days or months), in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** The last calendar day of a month 'YYYY-MM'. */
export function lastDayOfMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
}

/** A period of calendar days split into whole months (a contiguous run, if any) and the days of partial months. */
export interface PeriodSplit {
  wholeMonths: { first: string; last: string } | null;
  partialDays: { from: string; to: string }[];
}

/** Splits [from, to] (inclusive days) so summaries can read whole months from a monthly rollup. */
export function splitPeriod(from: string, to: string): PeriodSplit {
  const whole: string[] = [];
  const partialDays: PeriodSplit['partialDays'] = [];
  for (const month of monthsBetween(from, to)) {
    const start = `${month}-01`;
    const end = lastDayOfMonth(month);
    if (from <= start && end <= to) whole.push(month);
    else partialDays.push({ from: from > start ? from : start, to: to < end ? to : end });
  }
  return { wholeMonths: whole.length ? { first: whole[0]!, last: whole.at(-1)! } : null, partialDays };
}

/** The instants [start, end) a period of calendar days covers in the time zone. */
export function periodInstants(from: string, to: string, timeZone: string): { start: number; end: number } {
  return { start: startOf(from, timeZone), end: startOf(addDays(to, 1), timeZone) };
}

/**
 * SQL giving the month ('YYYY-MM', in the time zone) of an instant column for instants in [start, end) — a period's
 * instants, from `periodInstants` — and null for any other; `months` are the period's months, from `monthsBetween`.
 */
export function monthOfInstant(
  column: string,
  period: { months: readonly string[]; start: number; end: number },
  timeZone: string,
): RawBuilder<string | null> {
  const { months, start, end } = period;
  if (months.length === 0) return sql<null>`null`;
  // Where each month ends: the next month's first instant, the period's end for the last.
  const ends = months.map((_, index) =>
    index + 1 < months.length ? startOf(`${months[index + 1]}-01`, timeZone) : end,
  );
  const ref = sql.ref(column);
  const branches = months.map((month, index) => sql`when ${ref} < ${ends[index]} then ${month}`);
  return sql<string | null>`(case when ${ref} < ${start} then null ${sql.join(branches, sql` `)} else null end)`;
}

/**
 * SQL true when a materialized path column lies in the subtree whose top has `path` ('/a/b/').
 * SQLite: a range on the byte order (its LIKE ignores case and so cannot use a plain index; a path is UUIDs and
 * slashes, so "starts with /a/b/" is exactly ">= '/a/b/' and < '/a/b0'"). PostgreSQL: LIKE, which stays right
 * whatever the database's collation (a linguistic collation does not compare '/' and '-' by byte).
 */
export function withinSubtree(db: Db, column: string, path: string): RawBuilder<SqlBool> {
  const ref = sql.ref(column);
  if (dialectOf(db) === 'postgres') return sql<SqlBool>`${ref} like ${`${path}%`}`;
  const next = `${path.slice(0, -1)}${String.fromCharCode(path.charCodeAt(path.length - 1) + 1)}`;
  return sql<SqlBool>`(${ref} >= ${path} and ${ref} < ${next})`;
}

/**
 * SQL true when a path column starts with `path`, written so that no index on the column serves it: for queries
 * another index drives (a range of service dates), where SQLite would otherwise walk the path index to save a
 * sort and read the whole subtree's history. Paths are ASCII, so characters and bytes agree on both dialects.
 */
export function pathStartsWith(column: string, path: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`substr(${sql.ref(column)}, 1, ${path.length}) = ${path}`;
}

/** SQL aggregate joining a text column's values with commas: group_concat on SQLite, string_agg on PostgreSQL. */
export function commaList(db: Db, column: string): RawBuilder<string> {
  const ref = sql.ref(column);
  return dialectOf(db) === 'postgres' ? sql<string>`string_agg(${ref}, ',')` : sql<string>`group_concat(${ref}, ',')`;
}
