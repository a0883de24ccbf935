import { type Kysely, sql } from 'kysely';

/*
 * Volunteer statistics of a federation with a million ledger entries must answer in well under a second (p95 under
 * 150 ms on SQLite); plain indexed sums over the ledger take seconds at that size. So rollups are kept in step by
 * triggers — whatever writes an entry or a participation (check-out, a coordinator, a self-report, an import, an
 * approval, a correction) moves them in the same transaction, and no module has to remember to:
 *
 * - service_hours_monthly: credited hundredths and service records (originals less voids) per unit path, month,
 *   activity type ('' for none) and status, approved or pending (declined hours count nowhere) — hours, pending
 *   hours, by month, type, station and team.
 * - volunteer_hours_monthly: the same for approved entries per unit path, volunteer and month, and
 *   volunteer_active_years: per unit path, volunteer and year, a bit per month (bit 0 = January) set while that
 *   month's approved records are positive — active volunteers, one row per volunteer and year to read.
 * - shift_attendance: completed and no-show participations per shift, with the shift's start and its activity's
 *   organizer path and type copied in (and kept in step when those change) — person-times without reading every
 *   participation.
 *
 * Statistics read whole months from these and the days of a partly covered month from the ledger through a
 * covering index. SQLite runs row triggers (one writer at a time). PostgreSQL runs statement triggers over
 * transition tables, writing each rollup row once and in key order, so two bulk updates cannot deadlock on them.
 */

const SIGN_OF_KIND = (row: string) => `(case ${row}.kind when 'original' then 1 when 'void' then -1 else 0 end)`;
const MONTH_BIT = (month: string) => `(1 << (cast(substr(${month}, 6, 2) as integer) - 1))`;
const COUNTED = `('completed', 'no_show')`;
const is = (row: string, state: string) => `(case when ${row}.state = '${state}' then 1 else 0 end)`;

const MONTHLY = 'unit_path, month, activity_type, status';
const VOLUNTEER = 'unit_path, volunteer_id, month';
const YEARLY = 'unit_path, volunteer_id, year';
const ATTENDANCE = 'shift_id, activity_id, organization_path, activity_type, starts_at';

const addTo = (table: string, key: string, columns: string[]) =>
  `on conflict (${key}) do update set ${columns.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ')}`;

/** The ledger rows of `from` (alias t) as signed deltas of service_hours_monthly. */
const monthlyDeltas = (from: string, sign: string) =>
  `select t.unit_path, substr(t.service_date, 1, 7) as month, coalesce(t.activity_type, '') as activity_type, t.status,
     ${sign} * t.credited_hundredths as hundredths, ${sign} * ${SIGN_OF_KIND('t')} as records from ${from} t
   where t.status <> 'declined'`;
const volunteerDeltas = (from: string, sign: string) =>
  `select t.unit_path, t.volunteer_id, substr(t.service_date, 1, 7) as month, ${sign} * t.credited_hundredths as hundredths,
     ${sign} * ${SIGN_OF_KIND('t')} as records from ${from} t where t.status = 'approved'`;
/** Participations of `from` (alias t) as signed deltas of shift_attendance, with the shift's and activity's facts. */
const attendanceDeltas = (from: string, sign: string) =>
  `select s.id as shift_id, s.activity_id, a.organization_path, a.type as activity_type, s.starts_at,
     ${sign} * ${is('t', 'completed')} as completed, ${sign} * ${is('t', 'no_show')} as no_shows
   from ${from} t join shifts s on s.id = t.shift_id join activities a on a.id = s.activity_id
   where t.state in ${COUNTED}`;

/** Sums deltas per key and adds them to a rollup: one write per key, in key order (PostgreSQL's lock order). */
const apply = (table: string, key: string, amounts: string[], deltas: string[], unique = key) =>
  `insert into ${table} (${key}, ${amounts.join(', ')})
   select ${key}, ${amounts.map((c) => `sum(${c})`).join(', ')} from (${deltas.join(' union all ')}) d
   where true group by ${key} having ${amounts.map((c) => `sum(${c}) <> 0`).join(' or ')} order by ${key}
   ${addTo(table, unique, amounts)}`;

/** Recomputes volunteer_active_years for the (unit path, volunteer, year) keys `keys` selects, from the monthly rows. */
const refreshYears = (keys: string) =>
  `insert into volunteer_active_years (${YEARLY}, months)
   select m.unit_path, m.volunteer_id, substr(m.month, 1, 4), sum(case when m.records > 0 then ${MONTH_BIT('m.month')} else 0 end)
   from volunteer_hours_monthly m join (${keys}) k
     on m.unit_path = k.unit_path and m.volunteer_id = k.volunteer_id and m.month >= k.year || '-01' and m.month <= k.year || '-12'
   where true group by m.unit_path, m.volunteer_id, substr(m.month, 1, 4) order by 1, 2, 3
   on conflict (${YEARLY}) do update set months = excluded.months`;
const yearKeys = (sources: string[]) =>
  `select distinct unit_path, volunteer_id, substr(service_date, 1, 4) as year from (${sources
    .map((source) => `select unit_path, volunteer_id, service_date from ${source} where status = 'approved'`)
    .join(' union all ')}) changed`;

async function createTables(db: Kysely<unknown>, postgres: boolean) {
  // A clustered primary key on SQLite: a rollup is read in key order with no second lookup per row.
  const clustered = postgres ? sql`` : sql`without rowid`;
  await db.schema
    .createTable('service_hours_monthly')
    .addColumn('unit_path', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('activity_type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('hundredths', 'integer', (c) => c.notNull())
    .addColumn('records', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_hours_monthly_pk', ['unit_path', 'month', 'activity_type', 'status'])
    .modifyEnd(clustered)
    .execute();
  await db.schema
    .createTable('volunteer_hours_monthly')
    .addColumn('unit_path', 'text', (c) => c.notNull())
    .addColumn('volunteer_id', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('hundredths', 'integer', (c) => c.notNull())
    .addColumn('records', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('volunteer_hours_monthly_pk', ['unit_path', 'volunteer_id', 'month'])
    .modifyEnd(clustered)
    .execute();
  await db.schema
    .createTable('volunteer_active_years')
    .addColumn('unit_path', 'text', (c) => c.notNull())
    .addColumn('volunteer_id', 'text', (c) => c.notNull())
    .addColumn('year', 'text', (c) => c.notNull())
    .addColumn('months', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('volunteer_active_years_pk', ['unit_path', 'volunteer_id', 'year'])
    .modifyEnd(clustered)
    .execute();
  await db.schema
    .createTable('shift_attendance')
    .addColumn('shift_id', 'text', (c) => c.primaryKey())
    .addColumn('activity_id', 'text', (c) => c.notNull())
    .addColumn('organization_path', 'text', (c) => c.notNull())
    .addColumn('activity_type', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('completed', 'integer', (c) => c.notNull())
    .addColumn('no_shows', 'integer', (c) => c.notNull())
    .execute();
  const index = (name: string, on: string, columns: string[]) =>
    db.schema.createIndex(name).on(on).columns(columns).execute();
  await index('shift_attendance_path_idx', 'shift_attendance', [
    'organization_path',
    'starts_at',
    'activity_type',
    'completed',
    'no_shows',
  ]);
  await index('shift_attendance_activity_idx', 'shift_attendance', ['activity_id']);
  // Covering indexes: the days of a partial month (a date range, the unit path checked inside the index),
  // registrations by home and status, and activities by organizer and start.
  await index('service_hours_stats_idx', 'service_hours_entries', [
    'service_date',
    'unit_path',
    'status',
    'kind',
    'activity_type',
    'volunteer_id',
    'credited_hundredths',
  ]);
  await index('volunteers_stats_idx', 'volunteers', ['home_path', 'status', 'registered_at']);
  await index('activities_stats_idx', 'activities', ['organization_path', 'starts_at', 'status', 'type']);
}

/** Fills the rollups from what is already recorded (an installation upgrading with data). */
async function backfill(db: Kysely<unknown>) {
  for (const statement of [
    apply('service_hours_monthly', MONTHLY, ['hundredths', 'records'], [monthlyDeltas('service_hours_entries', '1')]),
    apply(
      'volunteer_hours_monthly',
      VOLUNTEER,
      ['hundredths', 'records'],
      [volunteerDeltas('service_hours_entries', '1')],
    ),
    refreshYears(yearKeys(['service_hours_entries'])),
    apply(
      'shift_attendance',
      ATTENDANCE,
      ['completed', 'no_shows'],
      [attendanceDeltas('participations', '1')],
      'shift_id',
    ),
  ])
    await sql.raw(statement).execute(db);
}

/** SQLite: row triggers; `row` is new or old and `sign` 1 or -1. */
async function createSqliteTriggers(db: Kysely<unknown>) {
  const ledgerRow = (row: 'new' | 'old', sign: number) => `
    insert into service_hours_monthly (${MONTHLY}, hundredths, records)
      select ${row}.unit_path, substr(${row}.service_date, 1, 7), coalesce(${row}.activity_type, ''), ${row}.status,
             ${sign} * ${row}.credited_hundredths, ${sign} * ${SIGN_OF_KIND(row)} where ${row}.status <> 'declined'
      ${addTo('service_hours_monthly', MONTHLY, ['hundredths', 'records'])};
    insert into volunteer_hours_monthly (${VOLUNTEER}, hundredths, records)
      select ${row}.unit_path, ${row}.volunteer_id, substr(${row}.service_date, 1, 7), ${sign} * ${row}.credited_hundredths,
             ${sign} * ${SIGN_OF_KIND(row)} where ${row}.status = 'approved'
      ${addTo('volunteer_hours_monthly', VOLUNTEER, ['hundredths', 'records'])};
    ${refreshYears(`select ${row}.unit_path as unit_path, ${row}.volunteer_id as volunteer_id, substr(${row}.service_date, 1, 4) as year where ${row}.status = 'approved'`)};`;
  const participationRow = (row: 'new' | 'old', sign: number) => `
    insert into shift_attendance (${ATTENDANCE}, completed, no_shows)
      select s.id, s.activity_id, a.organization_path, a.type, s.starts_at, ${sign} * ${is(row, 'completed')},
             ${sign} * ${is(row, 'no_show')}
      from shifts s join activities a on a.id = s.activity_id where s.id = ${row}.shift_id and ${row}.state in ${COUNTED}
      ${addTo('shift_attendance', 'shift_id', ['completed', 'no_shows'])};`;
  const ledgerColumns = [
    'unit_path',
    'service_date',
    'activity_type',
    'status',
    'credited_hundredths',
    'kind',
    'volunteer_id',
  ];
  const changed = (columns: string[]) => columns.map((c) => `old.${c} is not new.${c}`).join(' or ');
  for (const trigger of [
    `service_hours_rollup_insert after insert on service_hours_entries begin ${ledgerRow('new', 1)} end`,
    `service_hours_rollup_update after update of ${ledgerColumns.join(', ')} on service_hours_entries
       when ${changed(ledgerColumns)} begin ${ledgerRow('old', -1)} ${ledgerRow('new', 1)} end`,
    // The ledger is append-only; a delete (a clean-up, a restore tool) still leaves the rollups right.
    `service_hours_rollup_delete after delete on service_hours_entries begin ${ledgerRow('old', -1)} end`,
    `shift_attendance_insert after insert on participations begin ${participationRow('new', 1)} end`,
    `shift_attendance_update after update of state, shift_id on participations when ${changed(['state', 'shift_id'])}
       begin ${participationRow('old', -1)} ${participationRow('new', 1)} end`,
    `shift_attendance_delete after delete on participations begin ${participationRow('old', -1)} end`,
    `shift_attendance_shift_moved after update of starts_at, activity_id on shifts when ${changed(['starts_at', 'activity_id'])}
       begin update shift_attendance set starts_at = new.starts_at, activity_id = new.activity_id,
         organization_path = (select organization_path from activities where id = new.activity_id),
         activity_type = (select type from activities where id = new.activity_id) where shift_id = new.id; end`,
    `shift_attendance_activity_changed after update of organization_path, type on activities
       when ${changed(['organization_path', 'type'])}
       begin update shift_attendance set organization_path = new.organization_path, activity_type = new.type
         where activity_id = new.id; end`,
  ])
    await sql.raw(`create trigger ${trigger}`).execute(db);
}

/** PostgreSQL: statement triggers over transition tables for the ledger and participations, row triggers for edits. */
async function createPostgresTriggers(db: Kysely<unknown>) {
  const ledger = (sources: [string, string][]) => `
    ${apply(
      'service_hours_monthly',
      MONTHLY,
      ['hundredths', 'records'],
      sources.map(([t, s]) => monthlyDeltas(t, s)),
    )};
    ${apply(
      'volunteer_hours_monthly',
      VOLUNTEER,
      ['hundredths', 'records'],
      sources.map(([t, s]) => volunteerDeltas(t, s)),
    )};
    ${refreshYears(yearKeys(sources.map(([table]) => table)))};`;
  const attendance = (sources: [string, string][]) =>
    `${apply(
      'shift_attendance',
      ATTENDANCE,
      ['completed', 'no_shows'],
      sources.map(([t, s]) => attendanceDeltas(t, s)),
      'shift_id',
    )};`;
  const statementTriggers: [string, string, string, string, string][] = [
    [
      'service_hours_rollup_insert',
      'insert',
      'service_hours_entries',
      'new table as new_rows',
      ledger([['new_rows', '1']]),
    ],
    [
      'service_hours_rollup_update',
      'update',
      'service_hours_entries',
      'old table as old_rows new table as new_rows',
      ledger([
        ['old_rows', '-1'],
        ['new_rows', '1'],
      ]),
    ],
    [
      'service_hours_rollup_delete',
      'delete',
      'service_hours_entries',
      'old table as old_rows',
      ledger([['old_rows', '-1']]),
    ],
    ['shift_attendance_insert', 'insert', 'participations', 'new table as new_rows', attendance([['new_rows', '1']])],
    [
      'shift_attendance_update',
      'update',
      'participations',
      'old table as old_rows new table as new_rows',
      attendance([
        ['old_rows', '-1'],
        ['new_rows', '1'],
      ]),
    ],
    ['shift_attendance_delete', 'delete', 'participations', 'old table as old_rows', attendance([['old_rows', '-1']])],
  ];
  for (const [name, event, table, referencing, body] of statementTriggers) {
    await sql
      .raw(`create function ${name}() returns trigger language plpgsql as $$ begin ${body} return null; end $$`)
      .execute(db);
    await sql
      .raw(
        `create trigger ${name} after ${event} on ${table} referencing ${referencing} for each statement execute function ${name}()`,
      )
      .execute(db);
  }
  const rowTriggers: [string, string, string, string][] = [
    [
      'shift_attendance_shift_moved',
      'update of starts_at, activity_id on shifts',
      'old.starts_at is distinct from new.starts_at or old.activity_id is distinct from new.activity_id',
      `update shift_attendance set starts_at = new.starts_at, activity_id = new.activity_id,
         organization_path = (select organization_path from activities where id = new.activity_id),
         activity_type = (select type from activities where id = new.activity_id) where shift_id = new.id;`,
    ],
    [
      'shift_attendance_activity_changed',
      'update of organization_path, type on activities',
      'old.organization_path is distinct from new.organization_path or old.type is distinct from new.type',
      'update shift_attendance set organization_path = new.organization_path, activity_type = new.type where activity_id = new.id;',
    ],
  ];
  for (const [name, on, when, body] of rowTriggers) {
    await sql
      .raw(`create function ${name}() returns trigger language plpgsql as $$ begin ${body} return null; end $$`)
      .execute(db);
    await sql
      .raw(`create trigger ${name} after ${on} for each row when (${when}) execute function ${name}()`)
      .execute(db);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter.constructor.name.startsWith('Postgres');
  await createTables(db, postgres);
  await backfill(db);
  if (postgres) await createPostgresTriggers(db);
  else await createSqliteTriggers(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
