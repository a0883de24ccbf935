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
 * SQL giving the month of an instant column, in the time zone, as its index in `months` (the period's months, from
 * `monthsBetween`) for instants in [start, end) — a period's instants, from `periodInstants` — and null for any
 * other. An integer, found by halving the months: grouping by it sorts far faster than by 'YYYY-MM' text.
 */
export function monthIndexOfInstant(
  column: string,
  period: { months: readonly string[]; start: number; end: number },
  timeZone: string,
): RawBuilder<number | null> {
  const { months, start, end } = period;
  if (months.length === 0) return sql<null>`null`;
  // Where each month starts: the period's start for the first; the next month's first instant after that.
  const starts = months.map((month, index) => (index === 0 ? start : startOf(`${month}-01`, timeZone)));
  const ref = sql.ref(column);
  // The index of the month within [lo, hi) holding an instant known to lie in it.
  const within = (lo: number, hi: number): RawBuilder<number> => {
    if (hi - lo === 1) return sql<number>`${sql.lit(lo)}`;
    const mid = (lo + hi) >> 1;
    return sql<number>`(case when ${ref} < ${starts[mid]} then ${within(lo, mid)} else ${within(mid, hi)} end)`;
  };
  const outside = sql<boolean>`${ref} < ${start} or ${ref} >= ${end}`;
  return sql<number | null>`(case when ${outside} then null else ${within(0, months.length)} end)`;
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
