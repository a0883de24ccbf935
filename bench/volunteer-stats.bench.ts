import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { type Migration, Migrator } from 'kysely';
import { v7 as uuid } from 'uuid';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config/config.ts';
import { createDb, type Db } from '../apps/server/src/db/create-db.ts';
import * as m0001 from '../apps/server/src/db/migrations/0001-foundation.ts';
import * as m0002 from '../apps/server/src/db/migrations/0002-regions.ts';
import * as m0003 from '../apps/server/src/db/migrations/0003-volunteers.ts';
import { migrateToLatest } from '../apps/server/src/db/migrator.ts';
import { resolveMasterKey } from '../apps/server/src/secrets/master-key.ts';
import { TestClient } from '../apps/server/test/test-client.ts';

/*
 * `stats.federation_1m`: the statistics of one 义工联 (10 stations × 5 teams) with 20,000 volunteers and 1,000,000
 * ledger entries on SQLite, for the whole of 2025, requested 50 times over HTTP in-process (app.inject, a signed-in
 * coordinator of the federation: session, validation, SQL, presenting and serializing all count).
 *
 * The history is written into the ledger before migration 0004 exists and 0004 then builds its rollups from it, as
 * on an installation that upgrades; rows go in through one connection in one transaction, many rows per INSERT.
 */

const VOLUNTEERS = 20_000;
const ENTRIES = 1_000_000;
const ACTIVITIES = 8_000;
const RUNS = 50;
const YEAR_START = Date.UTC(2024, 11, 31, 16); // 2025-01-01 00:00 in Shanghai
const DAY = 86_400_000;
const TYPES = ['community_activity', 'group_session', 'visit', 'case_service', 'training', 'large_event', 'other'];

function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

/** Inserts rows many to a statement (the parameter limit allows 32,766 values). */
function insertMany(sqlite: SqliteDatabase.Database, table: string, columns: string[], rows: unknown[][]) {
  const perStatement = Math.floor(32_000 / columns.length);
  const tuple = `(${columns.map(() => '?').join(',')})`;
  const statement = (count: number) =>
    sqlite.prepare(`insert into ${table} (${columns.join(',')}) values ${Array(count).fill(tuple).join(',')}`);
  const full = statement(perStatement);
  for (let index = 0; index < rows.length; index += perStatement) {
    const chunk = rows.slice(index, index + perStatement);
    (chunk.length === perStatement ? full : statement(chunk.length)).run(chunk.flat());
  }
}

/** Writes the federation's year into an SQLite file migrated up to 0003; returns the federation's id. */
function generateFederation(file: string): string {
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = off');
  sqlite.pragma('synchronous = off');
  sqlite.pragma('cache_size = -1000000');
  const r = random(2025);
  const now = Date.UTC(2026, 0, 5);
  const leadId = uuid();
  const federationId = uuid();
  const federation = { id: federationId, path: `/${federationId}/` };
  const organizations: unknown[][] = [
    [federationId, null, federation.path, 0, '压测义工联', 'volunteer_federation', now, now],
  ];
  const stations: { id: string; path: string }[] = [];
  const teams: { id: string; path: string }[] = [];
  for (let s = 0; s < 10; s++) {
    const station = { id: uuid(), path: '' };
    station.path = `${federation.path}${station.id}/`;
    stations.push(station);
    organizations.push([station.id, federationId, station.path, 1, `服务站${s}`, 'service_station', now, now]);
    for (let t = 0; t < 5; t++) {
      const id = uuid();
      teams.push({ id, path: `${station.path}${id}/` });
      organizations.push([
        id,
        station.id,
        `${station.path}${id}/`,
        2,
        `服务站${s}第${t}队`,
        'volunteer_team',
        now,
        now,
      ]);
    }
  }
  const homeOf = () => (r.next() < 0.85 ? r.pick(teams) : r.next() < 0.8 ? r.pick(stations) : federation);
  const volunteers = Array.from({ length: VOLUNTEERS }, () => ({ id: uuid(), home: homeOf() }));
  const dayOf = (instant: number) => new Date(instant + 8 * 3_600_000).toISOString().slice(0, 10);

  const activityRows: unknown[][] = [];
  const shiftRows: unknown[][] = [];
  const participationRows: unknown[][] = [];
  const entryRows: unknown[][] = [];
  const status = () => {
    const roll = r.next();
    return roll < 0.9 ? 'approved' : roll < 0.96 ? 'pending' : 'declined';
  };
  const entry = (
    volunteer: (typeof volunteers)[number],
    fields: { day: string; hundredths: number; type: string | null; activityId?: string; participationId?: string },
    source: string,
    kind = 'original',
    corrects: string | null = null,
  ) => {
    const id = uuid();
    entryRows.push([
      ...[id, federationId, volunteer.id, volunteer.home.path, federationId, federation.path],
      ...[fields.activityId ?? null, fields.type, fields.participationId ?? null, fields.day, 120, fields.hundredths],
      ...[source, kind, corrects, leadId, now, status()],
    ]);
    return id;
  };
  for (let a = 0; a < ACTIVITIES && entryRows.length < ENTRIES; a++) {
    const id = uuid();
    const organizer = r.next() < 0.6 ? r.pick(teams) : r.next() < 0.75 ? r.pick(stations) : federation;
    const type = r.pick(TYPES);
    const startsAt = YEAR_START + Math.floor(r.next() * 364) * DAY + 9 * 3_600_000;
    activityRows.push([
      id,
      organizer.id,
      organizer.path,
      federationId,
      type,
      `活动${a}`,
      leadId,
      startsAt,
      startsAt + 4 * 3_600_000,
      'low',
      'published',
      now,
      now,
    ]);
    for (let s = 0; s < (r.next() < 0.5 ? 1 : 2); s++) {
      const shiftId = uuid();
      const shiftStart = startsAt + s * 2 * 3_600_000;
      shiftRows.push([shiftId, id, '协助', shiftStart, shiftStart + 2 * 3_600_000, 60, 'instant', 'open', now, now]);
      const chosen = new Set<number>();
      const size = 20 + Math.floor(r.next() * 40);
      while (chosen.size < size) chosen.add(Math.floor(r.next() * VOLUNTEERS));
      for (const index of chosen) {
        const volunteer = volunteers[index]!;
        const roll = r.next();
        const state = roll < 0.8 ? 'completed' : roll < 0.86 ? 'no_show' : roll < 0.92 ? 'cancelled' : 'confirmed';
        const participationId = uuid();
        participationRows.push([
          participationId,
          shiftId,
          id,
          volunteer.id,
          state,
          shiftStart,
          shiftStart + 7_200_000,
          shiftStart - DAY,
          '[]',
          shiftStart,
        ]);
        if (state === 'completed')
          entry(
            volunteer,
            { day: dayOf(shiftStart), hundredths: 200, type, activityId: id, participationId },
            'checkin',
          );
      }
    }
  }
  // The rest of the year's hours: coordinators' records, self-reports and imports, some corrected or voided.
  while (entryRows.length < ENTRIES) {
    const volunteer = r.pick(volunteers);
    const day = dayOf(YEAR_START + Math.floor(r.next() * 365) * DAY);
    const hundredths = 50 * (1 + Math.floor(r.next() * 16));
    const type = r.next() < 0.3 ? null : r.pick(TYPES);
    const id = entry(volunteer, { day, hundredths, type }, r.pick(['coordinator', 'self_report', 'import']));
    if (r.next() < 0.02 && entryRows.length < ENTRIES) {
      const voided = r.next() < 0.5;
      entry(
        volunteer,
        { day, hundredths: voided ? -hundredths : -50, type },
        'coordinator',
        voided ? 'void' : 'correction',
        id,
      );
    }
  }

  progress(`built ${entryRows.length} entries and ${participationRows.length} participations in memory`);
  sqlite.transaction(() => {
    const user = ['id', 'username', 'display_name', 'password_hash', 'password_changed_at', 'created_at', 'updated_at'];
    insertMany(sqlite, 'users', user, [[leadId, 'bench-lead', '领队', 'x', now, now, now]]);
    insertMany(
      sqlite,
      'organizations',
      ['id', 'parent_id', 'path', 'depth', 'name', 'kind', 'created_at', 'updated_at'],
      organizations,
    );
    insertMany(
      sqlite,
      'volunteers',
      [
        'id',
        'registry_id',
        'home_organization_id',
        'home_path',
        'local_no',
        'name',
        'name_search',
        'gender',
        'birth_date',
      ]
        .concat(['id_type', 'id_number_cipher', 'id_number_hash', 'id_number_masked', 'phone_cipher', 'phone_hash'])
        .concat(['phone_masked', 'status', 'source', 'registered_at', 'status_changed_at', 'created_at', 'updated_at']),
      volunteers.map((v, i): unknown[] => {
        const registeredAt = Date.UTC(2022, 0, 1) + Math.floor(r.next() * 4 * 365) * DAY;
        const roll = r.next();
        const status = roll < 0.75 ? 'active' : roll < 0.85 ? 'prospective' : roll < 0.9 ? 'suspended' : 'exited';
        const home = v.home.path.split('/').at(-2);
        const identity = ['1990-01-01', 'resident_id', 'c', `h${i}`, 'm', 'c', `p${i}`, 'm'];
        const gender = i % 2 ? 'male' : 'female';
        const times = [registeredAt, registeredAt, registeredAt, registeredAt];
        return [
          v.id,
          federationId,
          home,
          v.home.path,
          `V${i}`,
          `义工${i}`,
          `义工${i}`,
          gender,
          ...identity,
          status,
          'staff',
          ...times,
        ];
      }),
    );
    insertMany(
      sqlite,
      'activities',
      [
        'id',
        'organization_id',
        'organization_path',
        'registry_id',
        'type',
        'title',
        'lead_user_id',
        'starts_at',
        'ends_at',
        'risk_level',
        'status',
        'created_at',
        'updated_at',
      ],
      activityRows,
    );
    insertMany(
      sqlite,
      'shifts',
      [
        'id',
        'activity_id',
        'role',
        'starts_at',
        'ends_at',
        'capacity',
        'signup_flow',
        'status',
        'created_at',
        'updated_at',
      ],
      shiftRows,
    );
    insertMany(
      sqlite,
      'participations',
      [
        'id',
        'shift_id',
        'activity_id',
        'volunteer_id',
        'state',
        'starts_at',
        'ends_at',
        'requested_at',
        'flags',
        'updated_at',
      ],
      participationRows,
    );
    insertMany(
      sqlite,
      'service_hours_entries',
      ['id', 'registry_id', 'volunteer_id', 'unit_path', 'recording_organization_id', 'recording_path', 'activity_id']
        .concat(['activity_type', 'participation_id', 'service_date', 'raw_minutes', 'credited_hundredths', 'source'])
        .concat(['kind', 'corrects_entry_id', 'recorded_by', 'recorded_at', 'status']),
      entryRows,
    );
  })();
  progress('inserted');
  sqlite.pragma('journal_mode = wal');
  sqlite.close();
  return federationId;
}

async function migrateThrough0003(db: Db) {
  const migrations: Record<string, Migration> = {
    '0001-foundation': m0001,
    '0002-regions': m0002,
    '0003-volunteers': m0003,
  };
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

/** Progress on stderr with BENCH_VERBOSE set (stdout carries the JSON line only). */
const progress = (message: string) => {
  if (process.env.BENCH_VERBOSE) console.error(`[stats bench ${Math.round(performance.now() / 1000)} s] ${message}`);
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

/** The federation's statistics for 2025, 50 times, and (reported beside) a period cutting through months. */
export async function volunteerStatsFederation() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-stats-bench-'));
  const config = { ...loadConfig({ LIANDONG_DATA_DIR: dataDir }), logLevel: 'silent' as const };
  config.masterKey = resolveMasterKey({ env: process.env, dataDir, log: () => {} });
  if (config.database.dialect !== 'sqlite') throw new Error('this benchmark measures SQLite');
  const started = performance.now();
  let db = createDb(config.database);
  await migrateThrough0003(db);
  await db.destroy();
  const federationId = generateFederation(config.database.file);
  db = createDb(config.database);
  await migrateToLatest(db);
  progress('migration 0004 built the rollups');
  const generateSeconds = Math.round((performance.now() - started) / 100) / 10;

  const app = await buildApp({ db, config });
  try {
    const admin = new TestClient(app);
    const credentials = { username: 'bench-admin', password: 'Loopback2026stats' };
    const setup = await admin.post('/api/setup', {
      admin: { ...credentials, displayName: '压测' },
      organization: { name: '压测机构', kind: 'other' },
    });
    if (setup.statusCode !== 201) throw new Error(`setup failed: ${setup.statusCode} ${setup.body}`);
    await admin.login(credentials.username, credentials.password);
    const coordinator = { username: 'bench-coordinator', password: 'Loopback2026coord' };
    const added = await admin.post(`/api/organizations/${federationId}/members/new-user`, {
      ...coordinator,
      displayName: '协调员',
      role: 'volunteer_coordinator',
    });
    if (added.statusCode !== 201) throw new Error(`adding the coordinator failed: ${added.statusCode} ${added.body}`);
    const client = new TestClient(app);
    await client.login(coordinator.username, coordinator.password);
    await client.put('/api/auth/acting-organization', { organizationId: federationId });

    const time = async (url: string, runs: number) => {
      const timings: number[] = [];
      for (let run = 0; run < runs + 3; run++) {
        const start = performance.now();
        const response = await client.get(url);
        const elapsed = performance.now() - start;
        if (response.statusCode !== 200) throw new Error(`${url} failed: ${response.statusCode} ${response.body}`);
        // The first three warm the caches and are not counted.
        if (run >= 3) timings.push(elapsed);
      }
      return timings.sort((a, b) => a - b);
    };
    const stats = `/api/volunteer-stats?organizationId=${federationId}`;
    const year = await time(`${stats}&from=2025-01-01&to=2025-12-31`, RUNS);
    const partial = await time(`${stats}&from=2025-01-15&to=2025-11-20`, 20);
    // A signed-in read that does next to nothing, timed the same way: how busy the machine was during the run.
    const baseline = await time('/api/auth/session', RUNS);
    return {
      name: 'stats.federation_1m',
      p95_ms: round(percentile(year, 95)),
      p50_ms: round(percentile(year, 50)),
      volunteers: VOLUNTEERS,
      entries: ENTRIES,
      runs: RUNS,
      via: 'app.inject, signed-in coordinator',
      partial_months_p95_ms: round(percentile(partial, 95)),
      baseline_session_p50_ms: round(percentile(baseline, 50)),
      generate_seconds: generateSeconds,
    };
  } finally {
    await app.close();
    await db.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await volunteerStatsFederation()));
