import type { OrganizationKind, VolunteerStatus } from '@liandong/domain';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { commaList, monthOfInstant, pathStartsWith, withinSubtree } from '../../db/report-buckets.ts';

/** The subtree and period one request asks about, in the forms the queries need. */
export interface StatsWindow {
  /** The chosen organization's path: every query is limited to its subtree. */
  path: string;
  /** Instants [start, end) of the period's days in the installation's time zone. */
  start: number;
  end: number;
  /** 'YYYY-MM' of every month of the period. */
  months: string[];
  timeZone: string;
}

/** Which months of the period are whole (read from the rollups, a bit mask per year) and which days are not. */
export interface ActivePlan {
  wholeMonthsByYear: { year: string; mask: number }[];
  partialDays: { from: string; to: string }[];
}

/**
 * A grouped count or sum: `key` is a path or a month (null outside the period); `type` the activity type ('' for
 * none) when grouped by path and type.
 */
export interface Grouped {
  key: string | null;
  type?: string;
  status?: 'approved' | 'pending';
  count: number;
  completed: number;
  noShows: number;
  hundredths: number;
}

/** How a figure is grouped: by path and activity type (for the scopes and the types), or by month. */
export type By = 'pathAndType' | 'month';

// A service record counts +1 for an original and -1 for its void; corrections change hours, not records.
const recordSign = sql<number>`(case kind when 'original' then 1 when 'void' then -1 else 0 end)`;
const COUNTED_STATUSES = sql`('approved', 'pending')`;

const toGrouped = (rows: Record<string, unknown>[]): Grouped[] =>
  rows.map((row) => ({
    key: row.key as string | null,
    ...(row.type === undefined ? {} : { type: row.type as string }),
    ...(row.status === undefined ? {} : { status: row.status as Grouped['status'] }),
    count: Number(row.count ?? 0),
    completed: Number(row.completed ?? 0),
    noShows: Number(row.noShows ?? 0),
    hundredths: Number(row.hundredths ?? 0),
  }));

/**
 * The statistics' SQL. Every query returns grouped rows — by path, month or activity type, dozens rather than thousands —
 * because turning many rows into objects costs more than the database's own work. Whole months of hours come
 * from the rollups of migration 0004, the days of partial months from the ledger's covering index.
 */
export function createVolunteerStatsRepository(db: Db) {
  const within = (column: string, path: string): RawBuilder<SqlBool> => withinSubtree(db, column, path);
  const run = async (query: RawBuilder<unknown>) =>
    toGrouped((await query.execute(db)).rows as Record<string, unknown>[]);
  const month = (column: string, window: StatsWindow) => monthOfInstant(column, window, window.timeZone);

  return {
    /** Volunteers registered in the subtree by home path and current status: all, by the period's end, in it. */
    async registrations(window: StatsWindow) {
      const { rows } = await sql<{ key: string; status: VolunteerStatus; count: number; byEnd: number; fresh: number }>`
        select home_path as key, status, count(*) as count,
          sum(case when registered_at < ${window.end} then 1 else 0 end) as "byEnd",
          sum(case when registered_at >= ${window.start} and registered_at < ${window.end} then 1 else 0 end) as fresh
        from volunteers where ${within('home_path', window.path)} group by home_path, status`.execute(db);
      return rows.map((row) => ({
        path: row.key,
        status: row.status,
        volunteers: Number(row.count),
        byEnd: Number(row.byEnd),
        newInPeriod: Number(row.fresh),
      }));
    },

    /** Registrations during the period, by month. */
    newRegistrationsByMonth: (window: StatsWindow) =>
      run(sql`select ${month('registered_at', window)} as key, count(*) as count from volunteers
        where ${within('home_path', window.path)} and registered_at >= ${window.start} and registered_at < ${window.end}
        group by 1`),

    /** Activities organized in the subtree and starting in the period (not cancelled), by path and type or by month. */
    activities(window: StatsWindow, by: By) {
      const key = by === 'month' ? sql`${month('starts_at', window)} as key` : sql`organization_path as key, type`;
      return run(sql`select ${key}, count(*) as count from activities
        where ${within('organization_path', window.path)} and starts_at >= ${window.start} and starts_at < ${window.end}
          and status <> 'cancelled'
        group by ${by === 'month' ? sql`1` : sql`1, 2`}`);
    },

    /** Completed and no-show participations on shifts starting in the period, of activities in the subtree. */
    attendance(window: StatsWindow, by: By) {
      const key =
        by === 'month'
          ? sql`${month('starts_at', window)} as key`
          : sql`organization_path as key, activity_type as type`;
      return run(sql`select ${key}, sum(completed) as completed, sum(no_shows) as "noShows" from shift_attendance
        where ${within('organization_path', window.path)} and starts_at >= ${window.start} and starts_at < ${window.end}
        group by ${by === 'month' ? sql`1` : sql`1, 2`}`);
    },

    /** Approved and pending hours of whole months [first, last], from the rollup, by path and type or by month. */
    hoursOfMonths(path: string, first: string, last: string, by: By) {
      const key = by === 'month' ? sql`month as key` : sql`unit_path as key, activity_type as type`;
      return run(sql`select ${key}, status, sum(hundredths) as hundredths from service_hours_monthly
        where ${within('unit_path', path)} and month >= ${first} and month <= ${last}
        group by ${by === 'month' ? sql`1` : sql`1, 2`}, status`);
    },

    /**
     * Approved and pending hours of the days [from, to] inside one month, from the ledger (driven by the covering
     * date index), by unit path, activity type ('' for none) and status: one pass, the month being known.
     */
    async hoursOfDays(path: string, from: string, to: string) {
      const { rows } = await sql<{ path: string; type: string; status: 'approved' | 'pending'; hundredths: number }>`
        select unit_path as path, coalesce(activity_type, '') as type, status, sum(credited_hundredths) as hundredths
        from service_hours_entries
        where service_date >= ${from} and service_date <= ${to} and ${pathStartsWith('unit_path', path)}
          and status in ${COUNTED_STATUSES}
        group by unit_path, coalesce(activity_type, ''), status`.execute(db);
      return rows.map((row) => ({ ...row, hundredths: Number(row.hundredths) }));
    },

    /**
     * Who was active — approved service records (originals less voids) positive in some month of the period under
     * some unit — as comma-joined volunteer ids per unit path (a few dozen rows rather than one per volunteer).
     * Whole months read one row per volunteer and year from the rollup; the days of partial months are summed from
     * the ledger, each month on its own like a rollup month. A volunteer may be listed under several paths.
     */
    async activeVolunteers(root: string, plan: ActivePlan): Promise<{ path: string; ids: string }[]> {
      const years = plan.wholeMonthsByYear.map(({ year, mask }) => sql`(year = ${year} and (months & ${mask}) <> 0)`);
      const queries = [
        ...(years.length
          ? [
              sql`select unit_path as path, ${commaList(db, 'volunteer_id')} as ids from volunteer_active_years
              where ${within('unit_path', root)} and (${sql.join(years, sql` or `)})
              group by unit_path`,
            ]
          : []),
        ...plan.partialDays.map(
          ({ from, to }) => sql`select unit_path as path, ${commaList(db, 'volunteer_id')} as ids from (
              select unit_path, volunteer_id from service_hours_entries
              where service_date >= ${from} and service_date <= ${to} and ${pathStartsWith('unit_path', root)}
                and status = 'approved'
              group by unit_path, volunteer_id having sum(${recordSign}) > 0) active
            group by unit_path`,
        ),
      ];
      const results = await Promise.all(queries.map((query) => query.execute(db)));
      return results.flatMap((result) => result.rows as { path: string; ids: string }[]);
    },

    /** The organizations of the subtree and those above it (to name units and find each path's registry). */
    organizationsAround: (path: string, ancestorIds: readonly string[]) =>
      db
        .selectFrom('organizations')
        .select(['id', 'parentId', 'path', 'depth', 'name', 'kind'])
        .where((eb) => eb.or([withinSubtree(db, 'path', path), eb('id', 'in', ancestorIds)]))
        .execute() as Promise<
        { id: string; parentId: string | null; path: string; depth: number; name: string; kind: OrganizationKind }[]
      >,
  };
}

export type VolunteerStatsRepository = ReturnType<typeof createVolunteerStatsRepository>;
