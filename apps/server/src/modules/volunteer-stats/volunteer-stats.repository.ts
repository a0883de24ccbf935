import type { OrganizationKind, VolunteerStatus } from '@liandong/domain';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { monthIndexOfInstant, pathStartsWith, withinSubtree } from '../../db/report-buckets.ts';

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

/** Active volunteers per unit path, and the pairs that keep a volunteer listed under several paths from counting twice. */
export interface ActiveVolunteers {
  /** Distinct active volunteers per unit path. */
  byPath: { path: string; volunteers: number }[];
  /** Every (path, volunteer) pair counted in byPath of the volunteers who may be counted under more than one path. */
  shared: { path: string; volunteerId: string }[];
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
 * because turning many rows into objects costs more than the database's own work, and reads the fewest rows it can
 * in the order it groups them: what a request costs is rows read and grouped. Whole months come from the rollups of
 * migrations 0004 and 0005, the days of partial months from the ledger's covering index.
 */
export function createVolunteerStatsRepository(db: Db) {
  const within = (column: string, path: string): RawBuilder<SqlBool> => withinSubtree(db, column, path);
  const run = async (query: RawBuilder<unknown>) =>
    toGrouped((await query.execute(db)).rows as Record<string, unknown>[]);
  const month = (column: string, window: StatsWindow) => monthIndexOfInstant(column, window, window.timeZone);
  /** Rows grouped by month index (SQL groups integers far faster than text) keyed by their 'YYYY-MM'. */
  const byMonth = async (query: RawBuilder<unknown>, window: StatsWindow) =>
    (await run(query)).map((row) => ({ ...row, key: row.key === null ? null : window.months[Number(row.key)]! }));

  return {
    /**
     * Volunteers registered in the subtree by home path and current status: all (volunteer_counts, migration
     * 0005), by the period's end and in it — those registered in and after the period counted per (path, status)
     * by seeking volunteers_stats_idx, so no row registered before the period is read.
     */
    async registrations(window: StatsWindow) {
      const registered = (from: number, to?: number) => sql`(select count(*) from volunteers v
        where v.home_path = c.home_path and v.status = c.status and v.registered_at >= ${from}
          ${to === undefined ? sql`` : sql`and v.registered_at < ${to}`})`;
      const { rows } = await sql<{
        path: string;
        status: VolunteerStatus;
        count: number;
        fresh: number;
        later: number;
      }>`
        select c.home_path as path, c.status, c.volunteers as count, ${registered(window.start, window.end)} as fresh,
          ${registered(window.end)} as later
        from volunteer_counts c where ${within('c.home_path', window.path)} and c.volunteers <> 0`.execute(db);
      return rows.map((row) => ({
        path: row.path,
        status: row.status,
        volunteers: Number(row.count),
        byEnd: Number(row.count) - Number(row.later),
        newInPeriod: Number(row.fresh),
      }));
    },

    /** Registrations during the period, by month. */
    newRegistrationsByMonth: (window: StatsWindow) =>
      byMonth(
        sql`select ${month('registered_at', window)} as key, count(*) as count from volunteers
        where ${within('home_path', window.path)} and registered_at >= ${window.start} and registered_at < ${window.end}
        group by 1`,
        window,
      ),

    /**
     * Activities organized in the subtree and starting in the period (not cancelled), by path and type (in the
     * order of activities_stats_type_idx, aggregated as read) or by month.
     */
    activities(window: StatsWindow, by: By) {
      const where = sql`${within('organization_path', window.path)} and starts_at >= ${window.start}
        and starts_at < ${window.end} and status <> 'cancelled'`;
      return by === 'month'
        ? byMonth(
            sql`select ${month('starts_at', window)} as key, count(*) as count from activities where ${where}
            group by 1`,
            window,
          )
        : run(sql`select organization_path as key, type, count(*) as count from activities where ${where}
            group by organization_path, type`);
    },

    /**
     * Completed and no-show participations on shifts starting in the period, of activities in the subtree, by path
     * and type (in the order of shift_attendance_type_idx) or by month.
     */
    attendance(window: StatsWindow, by: By) {
      const where = sql`${within('organization_path', window.path)} and starts_at >= ${window.start}
        and starts_at < ${window.end}`;
      const amounts = sql`sum(completed) as completed, sum(no_shows) as "noShows"`;
      return by === 'month'
        ? byMonth(
            sql`select ${month('starts_at', window)} as key, ${amounts} from shift_attendance where ${where}
            group by 1`,
            window,
          )
        : run(sql`select organization_path as key, activity_type as type, ${amounts} from shift_attendance
            where ${where} group by organization_path, activity_type`);
    },

    /** Approved and pending hours of whole months [first, last] by unit path (service_hours_unit_months). */
    hoursByPath: (path: string, first: string, last: string) =>
      run(sql`select unit_path as key, status, sum(hundredths) as hundredths from service_hours_unit_months
        where ${within('unit_path', path)} and month >= ${first} and month <= ${last}
        group by unit_path, status`),

    /**
     * Approved and pending hours of whole months [first, last] of the subtree by month, activity type ('' for none)
     * and status: its top's rows of service_hours_scope_months, at most a couple of hundred a year.
     */
    async hoursByMonthAndType(path: string, first: string, last: string) {
      const { rows } = await sql<{ month: string; type: string; status: 'approved' | 'pending'; hundredths: number }>`
        select month, activity_type as type, status, hundredths from service_hours_scope_months
        where scope_path = ${path} and month >= ${first} and month <= ${last}`.execute(db);
      return rows.map((row) => ({ ...row, hundredths: Number(row.hundredths) }));
    },

    /**
     * Whether the subtree's ledger holds any entry dated in [from, to] (days of one month): a partial month with
     * none on its other days adds up to its whole month, which the rollups have.
     */
    async hasEntriesBetween(path: string, from: string, to: string): Promise<boolean> {
      const { rows } = await sql`select 1 as found from service_hours_entries
        where service_date >= ${from} and service_date <= ${to} and ${pathStartsWith('unit_path', path)}
        limit 1`.execute(db);
      return rows.length > 0;
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
     * some unit: how many per unit path, and the pairs of path and volunteer for the volunteers who may be counted
     * under more than one path (volunteer_units, migration 0005), so that each counts once above those paths.
     * Whole months read the active-years rollup (within one year, its counts per active-month mask). The days of
     * partial months are summed from the ledger, each month on its own like a rollup month, and merged with the
     * rollup's pairs in SQL.
     */
    async activeVolunteers(root: string, plan: ActivePlan): Promise<ActiveVolunteers> {
      // Rollup rows (of table alias `a`) under the root with an active month among the period's whole months.
      const activeRows = (a: string) =>
        sql`${within(`${a}.unit_path`, root)} and (${sql.join(
          plan.wholeMonthsByYear.map(
            ({ year, mask }) => sql`(${sql.ref(`${a}.year`)} = ${year} and (${sql.ref(`${a}.months`)} & ${mask}) <> 0)`,
          ),
          sql` or `,
        )})`;
      const years = plan.wholeMonthsByYear.length;
      if (plan.partialDays.length === 0) {
        if (years === 0) return { byPath: [], shared: [] };
        // Within one year a volunteer has one row per path: volunteer_active_masks (migration 0005) counts the rows
        // per active-month mask, few per path. Across years each volunteer counts once, from the rows themselves.
        const counts =
          years === 1
            ? sql<{ path: string; volunteers: number }>`select a.unit_path as path, sum(a.volunteers) as volunteers
                from volunteer_active_masks a where ${activeRows('a')} group by a.unit_path`
            : sql<{ path: string; volunteers: number }>`
                select a.unit_path as path, count(distinct a.volunteer_id) as volunteers
                from volunteer_active_years a where ${activeRows('a')} group by a.unit_path`;
        const [byPath, shared] = await Promise.all([
          counts.execute(db),
          // Driven by the few flagged volunteers (CROSS JOIN keeps SQLite's join order), through their own index.
          sql<{ path: string; volunteerId: string }>`
            select distinct a.unit_path as path, a.volunteer_id as "volunteerId"
            from volunteer_units u cross join volunteer_active_years a
            where u.several = 1 and a.volunteer_id = u.volunteer_id and ${activeRows('a')}`.execute(db),
        ]);
        return {
          byPath: byPath.rows.map((row) => ({ path: row.path, volunteers: Number(row.volunteers) })),
          shared: shared.rows,
        };
      }
      const sources = [
        ...(years
          ? [sql`select a.unit_path, a.volunteer_id from volunteer_active_years a where ${activeRows('a')}`]
          : []),
        ...plan.partialDays.map(
          ({ from, to }) => sql`select unit_path, volunteer_id from service_hours_entries
            where service_date >= ${from} and service_date <= ${to} and ${pathStartsWith('unit_path', root)}
              and status = 'approved'
            group by unit_path, volunteer_id having sum(${recordSign}) > 0`,
        ),
      ];
      // The pairs once, distinct across the sources; counted per path, and listed for the flagged volunteers.
      const { rows } = await sql<{ path: string; volunteers: number | null; volunteerId: string | null }>`
        with active as materialized (${sql.join(sources, sql` union `)})
        select unit_path as path, count(*) as volunteers, null as "volunteerId" from active group by unit_path
        union all
        select unit_path, null, volunteer_id from active
        where volunteer_id in (select volunteer_id from volunteer_units where several = 1)`.execute(db);
      const active: ActiveVolunteers = { byPath: [], shared: [] };
      for (const { path, volunteers, volunteerId } of rows) {
        if (volunteerId === null) active.byPath.push({ path, volunteers: Number(volunteers) });
        else active.shared.push({ path, volunteerId });
      }
      return active;
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
