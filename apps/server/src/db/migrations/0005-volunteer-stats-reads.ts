import { type Kysely, sql } from 'kysely';

/*
 * Faster statistics reads: a federation's year (20,000 volunteers, a million ledger entries) in a few tens of
 * milliseconds on SQLite. With 0004 alone a request read its typed monthly rollup twice (unit path × month ×
 * activity type × status: some 12,000 rows for that year) and the volunteer register and the active-years rollup
 * (20,000 rows each), grouping each row by a long path, and carried every active volunteer's id into JavaScript to
 * count each once. What costs is rows read and grouped, so these rollups make the rows few. Kept in step by
 * triggers like 0004's — SQLite row triggers, PostgreSQL statement triggers over transition tables writing each
 * key once, in key order — so no module has to remember them:
 *
 * - service_hours_unit_months: hours per unit path, status (approved or pending; declined count nowhere) and
 *   month, without the activity type — each station's, team's and the organization's own figures.
 * - service_hours_scope_months: hours per month, activity type and status under every unit: an entry counts under
 *   its unit path and each path above it (`scope_path`), so the by-month and by-type figures of any subtree are its
 *   top's rows alone (at most a couple of hundred a year).
 * - volunteer_counts: registered volunteers per home path and status. Registrations within and after a period
 *   are counted per (path, status) through 0004's volunteers_stats_idx, seeking just those rows.
 * - volunteer_active_masks: volunteer_active_years counted per unit path, year and active-month mask — most
 *   volunteers share a few masks (all year, say), so a year's active volunteers per path are a sum over few rows.
 * - volunteer_units: per volunteer, the first unit path its approved hours were rolled up under, and `several` = 1
 *   once another path has been seen. Active volunteers are counted per path, and only flagged volunteers' (path,
 *   volunteer) pairs are read (through volunteer_active_years_volunteer_idx) so each counts once above them.
 *   `several` never returns to 0: listing someone needlessly costs a row, missing someone would count them twice.
 *   A new volunteer_active_years row is the only way a pairing appears; the upsert sets the flag on the volunteer's
 *   one row, so two PostgreSQL transactions adding different paths cannot both miss it.
 * - Indexes in the order the statistics group by, unit path then activity type, so SQLite aggregates as it reads
 *   instead of sorting; they replace 0004's on activities and shift_attendance, which served no query better.
 */

interface Rollup {
  table: string;
  key: string[];
  amount: string;
  /** The table whose rows it sums, and the columns that move it. */
  source: string;
  columns: string[];
  /** Signed deltas from the source rows of `from` (alias t), named as the key columns and the amount. */
  deltas: (from: string, sign: string, postgres: boolean) => string;
}

const LEDGER_COLUMNS = ['unit_path', 'service_date', 'activity_type', 'status', 'credited_hundredths'];

/**
 * Each row of alias t once per path at or above its unit path: the path's segments (ids) split out, each giving
 * the path cut back to the end of that segment (`scope`).
 */
function scopesOf(postgres: boolean): { join: string; scope: string } {
  const cut = (segment: string, find: string) =>
    `substr(t.unit_path, 1, ${find}(t.unit_path, '/' || ${segment} || '/') + length(${segment}) + 1)`;
  if (postgres)
    return {
      join: `cross join lateral unnest(string_to_array(trim(both '/' from t.unit_path), '/')) as s(id)`,
      scope: cut('s.id', 'strpos'),
    };
  // SQLite splits through JSON, backslashes and quotes escaped: ids are UUIDs, but no path may ever fail a write.
  const escaped = `replace(replace(trim(t.unit_path, '/'), '\\', '\\\\'), '"', '\\"')`;
  return { join: `join json_each('["' || replace(${escaped}, '/', '","') || '"]') s`, scope: cut('s.value', 'instr') };
}

const ROLLUPS: Rollup[] = [
  {
    table: 'service_hours_unit_months',
    key: ['unit_path', 'status', 'month'],
    amount: 'hundredths',
    source: 'service_hours_entries',
    columns: LEDGER_COLUMNS,
    deltas: (from, sign) =>
      `select t.unit_path, t.status, substr(t.service_date, 1, 7) as month, ${sign} * t.credited_hundredths as hundredths
       from ${from} t where t.status <> 'declined'`,
  },
  {
    table: 'service_hours_scope_months',
    key: ['scope_path', 'month', 'activity_type', 'status'],
    amount: 'hundredths',
    source: 'service_hours_entries',
    columns: LEDGER_COLUMNS,
    deltas: (from, sign, postgres) => {
      const { join, scope } = scopesOf(postgres);
      return `select ${scope} as scope_path, substr(t.service_date, 1, 7) as month,
          coalesce(t.activity_type, '') as activity_type, t.status, ${sign} * t.credited_hundredths as hundredths
        from ${from} t ${join} where t.status <> 'declined'`;
    },
  },
  {
    table: 'volunteer_counts',
    key: ['home_path', 'status'],
    amount: 'volunteers',
    source: 'volunteers',
    columns: ['home_path', 'status'],
    deltas: (from, sign) => `select t.home_path, t.status, ${sign} as volunteers from ${from} t`,
  },
  {
    table: 'volunteer_active_masks',
    key: ['unit_path', 'year', 'months'],
    amount: 'volunteers',
    source: 'volunteer_active_years',
    columns: ['unit_path', 'year', 'months'],
    deltas: (from, sign) => `select t.unit_path, t.year, t.months, ${sign} as volunteers from ${from} t`,
  },
];

const SOURCES = [...new Set(ROLLUPS.map(({ source }) => source))];
const rollupsOf = (source: string) => ROLLUPS.filter((rollup) => rollup.source === source);

const addTo = ({ table, key, amount }: Rollup) =>
  `on conflict (${key.join(', ')}) do update set ${amount} = ${table}.${amount} + excluded.${amount}`;

/** Sums deltas per key and adds them to the rollup: one write per key, in key order (PostgreSQL's lock order). */
function apply(rollup: Rollup, sources: [string, string][], postgres: boolean): string {
  const key = rollup.key.join(', ');
  const deltas = sources.map(([from, sign]) => rollup.deltas(from, sign, postgres));
  return `insert into ${rollup.table} (${key}, ${rollup.amount})
    select ${key}, sum(${rollup.amount}) from (${deltas.join(' union all ')}) d
    where true group by ${key} having sum(${rollup.amount}) <> 0 order by ${key} ${addTo(rollup)}`;
}

/** SQLite, in a row trigger: adds the deltas of one row (`new` or `old`), whose keys are distinct, as they come. */
function applyRow(rollup: Rollup, row: 'new' | 'old', sign: string): string {
  const columns = [...new Set(rollupsOf(rollup.source).flatMap(({ columns }) => columns))];
  const one = `(select ${columns.map((c) => `${row}.${c} as ${c}`).join(', ')})`;
  return `insert into ${rollup.table} (${rollup.key.join(', ')}, ${rollup.amount})
    select * from (${rollup.deltas(one, sign, false)}) d where true ${addTo(rollup)}`;
}

const UNITS_UPSERT = `insert into volunteer_units (volunteer_id, unit_path, several)
  values (new.volunteer_id, new.unit_path, 0)
  on conflict (volunteer_id) do update set several = 1
  where volunteer_units.several = 0 and volunteer_units.unit_path <> excluded.unit_path`;

async function createTables(db: Kysely<unknown>, postgres: boolean) {
  const clustered = postgres ? sql`` : sql`without rowid`;
  for (const { table, key, amount } of ROLLUPS) {
    let builder = db.schema.createTable(table);
    for (const column of key)
      builder = builder.addColumn(column, column === 'months' ? 'integer' : 'text', (c) => c.notNull());
    await builder
      .addColumn(amount, 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, key)
      .modifyEnd(clustered)
      .execute();
  }
  await db.schema
    .createTable('volunteer_units')
    .addColumn('volunteer_id', 'text', (c) => c.primaryKey())
    .addColumn('unit_path', 'text', (c) => c.notNull())
    .addColumn('several', 'integer', (c) => c.notNull())
    .modifyEnd(clustered)
    .execute();

  const index = (name: string, on: string, columns: string[]) =>
    db.schema.createIndex(name).on(on).columns(columns).execute();
  await db.schema.dropIndex('activities_stats_idx').execute();
  await index('activities_stats_type_idx', 'activities', ['organization_path', 'type', 'starts_at', 'status']);
  await db.schema.dropIndex('shift_attendance_path_idx').execute();
  await index('shift_attendance_type_idx', 'shift_attendance', [
    'organization_path',
    'activity_type',
    'starts_at',
    'completed',
    'no_shows',
  ]);
  await index('volunteer_active_years_volunteer_idx', 'volunteer_active_years', ['volunteer_id']);
}

/** Fills the new tables from what is already recorded; the hours from 0004's rollup, which sums the same rows. */
async function backfill(db: Kysely<unknown>, postgres: boolean) {
  const { join, scope } = scopesOf(postgres);
  for (const statement of [
    `insert into service_hours_unit_months (unit_path, status, month, hundredths)
     select unit_path, status, month, sum(hundredths) from service_hours_monthly
     group by unit_path, status, month having sum(hundredths) <> 0`,
    `insert into service_hours_scope_months (scope_path, month, activity_type, status, hundredths)
     select ${scope}, t.month, t.activity_type, t.status, sum(t.hundredths) from service_hours_monthly t ${join}
     group by 1, 2, 3, 4 having sum(t.hundredths) <> 0`,
    ...ROLLUPS.filter(({ source }) => source !== 'service_hours_entries').map((rollup) =>
      apply(rollup, [[rollup.source, '1']], postgres),
    ),
    `insert into volunteer_units (volunteer_id, unit_path, several)
     select volunteer_id, min(unit_path), case when count(distinct unit_path) > 1 then 1 else 0 end
     from volunteer_active_years group by volunteer_id`,
  ])
    await sql.raw(statement).execute(db);
  // Only the flagged few are ever looked up.
  await db.schema
    .createIndex('volunteer_units_several_idx')
    .on('volunteer_units')
    .column('volunteer_id')
    .where(sql.ref('several'), '=', 1)
    .execute();
}

/** SQLite: row triggers, one per source table and event, moving every rollup of that table. */
async function createSqliteTriggers(db: Kysely<unknown>) {
  for (const source of SOURCES) {
    const rollups = rollupsOf(source);
    const columns = [...new Set(rollups.flatMap((rollup) => rollup.columns))];
    const row = (name: 'new' | 'old', sign: string) =>
      rollups.map((rollup) => `${applyRow(rollup, name, sign)};`).join('\n');
    const changed = columns.map((c) => `old.${c} is not new.${c}`).join(' or ');
    const name = `${source}_stats_reads`;
    for (const trigger of [
      `${name}_insert after insert on ${source} begin ${row('new', '1')} end`,
      `${name}_update after update of ${columns.join(', ')} on ${source} when ${changed}
         begin ${row('old', '-1')} ${row('new', '1')} end`,
      // Nothing deletes these rows today; a clean-up or a restore tool would still leave the rollups right.
      `${name}_delete after delete on ${source} begin ${row('old', '-1')} end`,
    ])
      await sql.raw(`create trigger ${trigger}`).execute(db);
  }
  for (const trigger of [
    `volunteer_units_insert after insert on volunteer_active_years begin ${UNITS_UPSERT}; end`,
    `volunteer_units_update after update of unit_path, volunteer_id on volunteer_active_years
       begin ${UNITS_UPSERT}; end`,
  ])
    await sql.raw(`create trigger ${trigger}`).execute(db);
}

/** PostgreSQL: statement triggers over transition tables, and a row trigger keeping volunteer_units. */
async function createPostgresTriggers(db: Kysely<unknown>) {
  const function_ = (name: string, body: string) =>
    sql
      .raw(`create function ${name}() returns trigger language plpgsql as $$ begin ${body}; return null; end $$`)
      .execute(db);
  const events: [string, string, [string, string][]][] = [
    ['insert', 'new table as new_rows', [['new_rows', '1']]],
    [
      'update',
      'old table as old_rows new table as new_rows',
      [
        ['old_rows', '-1'],
        ['new_rows', '1'],
      ],
    ],
    ['delete', 'old table as old_rows', [['old_rows', '-1']]],
  ];
  for (const source of SOURCES)
    for (const [event, referencing, sources] of events) {
      const name = `${source}_stats_reads_${event}`;
      await function_(
        name,
        rollupsOf(source)
          .map((rollup) => apply(rollup, sources, true))
          .join(';\n'),
      );
      await sql
        .raw(
          `create trigger ${name} after ${event} on ${source} referencing ${referencing}
           for each statement execute function ${name}()`,
        )
        .execute(db);
    }
  await function_('volunteer_units_follow', UNITS_UPSERT);
  await sql
    .raw(
      `create trigger volunteer_units_follow after insert or update of unit_path, volunteer_id on volunteer_active_years
       for each row execute function volunteer_units_follow()`,
    )
    .execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter.constructor.name.startsWith('Postgres');
  await createTables(db, postgres);
  await backfill(db, postgres);
  if (postgres) await createPostgresTriggers(db);
  else await createSqliteTriggers(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
