import {
  ACTIVITY_TYPES,
  type ActivityType,
  type HoursKind,
  type HoursStatus,
  PARTICIPATION_STATES,
  type ParticipationState,
} from '@liandong/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, emptyDatabase } from '../../../test/test-db.ts';
import type { Db } from '../create-db.ts';
import { migratorOf } from '../migrator.ts';

// The rollups must always equal what they summarise: after each phase of writes they are recomputed from the
// ledger and the participations in TypeScript and compared whole.

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

interface World {
  ledger: LedgerRow[];
  participations: { id: string; shiftId: string; volunteerId: string; state: ParticipationState }[];
  shifts: Map<string, { activityId: string; startsAt: number }>;
  activities: Map<string, { organizationPath: string; type: ActivityType }>;
}

type Cells = Record<string, Record<string, number>>;
const sign = (kind: HoursKind) => (kind === 'original' ? 1 : kind === 'void' ? -1 : 0);

function expectedRollups(world: World) {
  const monthly: Cells = {};
  const volunteers: Cells = {};
  const add = (cells: Cells, key: string, amounts: Record<string, number>) => {
    const cell = cells[key] ?? Object.fromEntries(Object.keys(amounts).map((name) => [name, 0]));
    for (const [name, amount] of Object.entries(amounts)) cell[name] = (cell[name] ?? 0) + amount;
    cells[key] = cell;
  };
  for (const row of world.ledger) {
    const month = row.serviceDate.slice(0, 7);
    const amounts = { hundredths: row.creditedHundredths, records: sign(row.kind) };
    if (row.status !== 'declined')
      add(monthly, [row.unitPath, month, row.activityType ?? '', row.status].join('|'), amounts);
    if (row.status === 'approved') add(volunteers, [row.unitPath, row.volunteerId, month].join('|'), amounts);
  }
  const years: Cells = {};
  for (const [key, cell] of Object.entries(volunteers)) {
    const [unitPath, volunteerId, month] = key.split('|') as [string, string, string];
    const bit = cell.records! > 0 ? 2 ** (Number(month.slice(5)) - 1) : 0;
    add(years, [unitPath, volunteerId, month.slice(0, 4)].join('|'), { months: bit });
  }
  const attendance: Cells = {};
  for (const participation of world.participations) {
    if (participation.state !== 'completed' && participation.state !== 'no_show') continue;
    const shift = world.shifts.get(participation.shiftId)!;
    const activity = world.activities.get(shift.activityId)!;
    const key = [participation.shiftId, activity.organizationPath, activity.type, shift.startsAt].join('|');
    add(attendance, key, {
      completed: participation.state === 'completed' ? 1 : 0,
      noShows: participation.state === 'no_show' ? 1 : 0,
    });
  }
  const nonZero = (cells: Cells) =>
    Object.fromEntries(Object.entries(cells).filter(([, cell]) => Object.values(cell).some((n) => n !== 0)));
  return {
    monthly: nonZero(monthly),
    volunteers: nonZero(volunteers),
    years: nonZero(years),
    attendance: nonZero(attendance),
  };
}

async function actualRollups(db: Db) {
  const read = async (query: ReturnType<typeof sql<Record<string, unknown>>>) => {
    const { rows } = await query.execute(db);
    return Object.fromEntries(
      rows.map(({ key, ...amounts }) => [
        key as string,
        Object.fromEntries(Object.entries(amounts).map(([name, n]) => [name, Number(n)])),
      ]),
    );
  };
  return {
    monthly: await read(sql`select unit_path || '|' || month || '|' || activity_type || '|' || status as key,
      hundredths, records from service_hours_monthly where hundredths <> 0 or records <> 0`),
    volunteers: await read(sql`select unit_path || '|' || volunteer_id || '|' || month as key, hundredths, records
      from volunteer_hours_monthly where hundredths <> 0 or records <> 0`),
    years: await read(sql`select unit_path || '|' || volunteer_id || '|' || year as key, months
      from volunteer_active_years where months <> 0`),
    attendance: await read(sql`select shift_id || '|' || organization_path || '|' || activity_type || '|' ||
      cast(starts_at as text) as key, completed, no_shows as "noShows" from shift_attendance
      where completed <> 0 or no_shows <> 0`),
  };
}

describe.each(DIALECTS)('0004 volunteer statistics rollups [%s]', (dialect) => {
  let db: Db;
  let drop: () => Promise<void>;
  const world: World = { ledger: [], participations: [], shifts: new Map(), activities: new Map() };
  const units = ['/f/', '/f/s1/', '/f/s1/t1/'];
  const volunteerIds = ['v1', 'v2', 'v3', 'v4', 'v5', 'v6'];
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  async function insertEntries(count: number) {
    const rows: LedgerRow[] = Array.from({ length: count }, (_, index) => ({
      id: `e${world.ledger.length + index}`,
      unitPath: pick(units),
      volunteerId: pick(volunteerIds),
      serviceDate: `202${pick([5, 6])}-0${1 + Math.floor(random() * 3)}-1${Math.floor(random() * 10)}`,
      activityType: random() < 0.2 ? null : pick(ACTIVITY_TYPES),
      status: pick(['pending', 'approved', 'approved', 'declined'] as const),
      kind: pick(['original', 'original', 'correction', 'void'] as const),
      creditedHundredths: random() < 0.1 ? 0 : Math.floor(random() * 800) - 200,
    }));
    world.ledger.push(...rows);
    const common = { registryId: 'f', recordingOrganizationId: 'f', recordingPath: '/f/', rawMinutes: 60 };
    const recorded = { source: 'coordinator' as const, recordedBy: 'u', recordedAt: 1 };
    await db
      .insertInto('serviceHoursEntries')
      .values(rows.map((row) => ({ ...row, ...common, ...recorded })))
      .execute();
  }

  async function insertParticipations(count: number) {
    const shiftIds = [...world.shifts.keys()];
    const rows = Array.from({ length: count }, (_, index) => ({
      id: `p${world.participations.length + index}`,
      shiftId: pick(shiftIds),
      volunteerId: `v${world.participations.length + index}`.slice(0, 2),
      state: pick(PARTICIPATION_STATES),
    }));
    world.participations.push(...rows);
    const times = { startsAt: 0, endsAt: 1, requestedAt: 0, updatedAt: 0, flags: '[]' };
    await db
      .insertInto('participations')
      .values(
        rows.map(({ volunteerId: _unused, ...row }) => ({
          ...row,
          ...times,
          activityId: world.shifts.get(row.shiftId)!.activityId,
          // The unique (shift, volunteer) key: every participation gets its own volunteer.
          volunteerId: volunteerIds[Number(row.id.slice(1)) % volunteerIds.length]!,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
    // Keep only what the unique key let in.
    const stored = new Set((await db.selectFrom('participations').select('id').execute()).map((row) => row.id));
    world.participations = world.participations.filter((row) => stored.has(row.id));
  }

  beforeAll(async () => {
    ({ db, drop } = await emptyDatabase(dialect, 'rollup'));
    expect((await migratorOf(db).migrateTo('0003-volunteers')).error).toBeUndefined();
    await sql`insert into users (id, username, display_name, password_hash, password_changed_at, created_at, updated_at)
      values ('u', 'lead', '领队', 'x', 0, 0, 0)`.execute(db);
    await sql`insert into organizations (id, path, depth, name, kind, legal_status, created_at, updated_at)
      values ('f', '/f/', 0, '义工联', 'volunteer_federation', 'none', 1, 1)`.execute(db);
    for (const id of volunteerIds) {
      await sql`insert into volunteers (id, registry_id, home_organization_id, home_path, local_no, name, name_search,
          gender, birth_date, id_type, id_number_cipher, id_number_hash, id_number_masked, phone_cipher, phone_hash,
          phone_masked, status, source, registered_at, status_changed_at, created_at, updated_at)
        values (${id}, 'f', 'f', '/f/', ${id}, ${id}, ${id}, 'female', '1990-01-01', 'resident_id', 'c', ${id}, 'm',
          'c', ${id}, 'm', 'active', 'staff', 1, 1, 1, 1)`.execute(db);
    }
    for (const [index, type] of ['visit', 'training', 'other'].entries()) {
      const activity = { organizationPath: units[index]!, type: type as ActivityType };
      world.activities.set(`a${index}`, activity);
      await sql`insert into activities (id, organization_id, organization_path, type, title, lead_user_id, starts_at,
          ends_at, risk_level, status, created_at, updated_at)
        values (${`a${index}`}, 'f', ${activity.organizationPath}, ${type}, '活动', 'u', 0, 1, 'low', 'published', 0, 0)`.execute(
        db,
      );
      for (const n of [0, 1]) {
        const shift = { activityId: `a${index}`, startsAt: 1_000 * (index * 2 + n) };
        world.shifts.set(`s${index}${n}`, shift);
        await sql`insert into shifts (id, activity_id, role, starts_at, ends_at, capacity, signup_flow, status,
            created_at, updated_at)
          values (${`s${index}${n}`}, ${shift.activityId}, '协助', ${shift.startsAt}, 1, 5, 'instant', 'open', 0, 0)`.execute(
          db,
        );
      }
    }
  });
  afterAll(async () => drop?.());

  it('are filled from what was recorded before the migration', async () => {
    await insertEntries(150);
    await insertParticipations(25);
    expect((await migratorOf(db).migrateTo('0004-volunteer-stats')).error).toBeUndefined();
    const expected = expectedRollups(world);
    expect(Object.keys(expected.years).length).toBeGreaterThan(5);
    expect(Object.keys(expected.attendance).length).toBeGreaterThan(2);
    expect(await actualRollups(db)).toEqual(expected);
  });

  it('follow single and multi-row inserts', async () => {
    await insertEntries(1);
    await insertEntries(80);
    await insertParticipations(1);
    await insertParticipations(10);
    expect(await actualRollups(db)).toEqual(expectedRollups(world));
  });

  it('follow decisions and state changes made in one statement over many rows, ignoring other columns', async () => {
    const pending = world.ledger.filter((row) => row.status === 'pending');
    expect(pending.length).toBeGreaterThan(10);
    for (const [rows, status] of [
      [pending.filter((_, index) => index % 3 !== 0), 'approved'],
      [pending.filter((_, index) => index % 3 === 0), 'declined'],
    ] as const) {
      const ids = rows.map((row) => row.id);
      await db
        .updateTable('serviceHoursEntries')
        .set({ status, decidedBy: 'u', decidedAt: 2 })
        .where('id', 'in', ids)
        .execute();
      for (const row of rows) row.status = status;
    }
    await db.updateTable('serviceHoursEntries').set({ evaluationRating: 5 }).execute();

    const confirmed = world.participations.filter((row) => row.state !== 'completed').slice(0, 6);
    const ids = confirmed.map((row) => row.id);
    await db.updateTable('participations').set({ state: 'completed', endedAt: 3 }).where('id', 'in', ids).execute();
    for (const row of confirmed) row.state = 'completed';
    await db.updateTable('participations').set({ evaluationRating: 4 }).execute();
    expect(await actualRollups(db)).toEqual(expectedRollups(world));
  });

  it('follow units, activities and shifts that change, and rows removed', async () => {
    await db.updateTable('serviceHoursEntries').set({ unitPath: '/f/s2/' }).where('unitPath', '=', '/f/s1/').execute();
    for (const row of world.ledger) if (row.unitPath === '/f/s1/') row.unitPath = '/f/s2/';
    await db
      .updateTable('activities')
      .set({ type: 'large_event', organizationPath: '/f/s2/' })
      .where('id', '=', 'a1')
      .execute();
    world.activities.set('a1', { organizationPath: '/f/s2/', type: 'large_event' });
    await db.updateTable('shifts').set({ startsAt: 99_000 }).where('id', '=', 's00').execute();
    world.shifts.get('s00')!.startsAt = 99_000;

    const removed = world.ledger.splice(0, 5).map((row) => row.id);
    await db.deleteFrom('serviceHoursEntries').where('id', 'in', removed).execute();
    const gone = world.participations.splice(0, 3).map((row) => row.id);
    await db.deleteFrom('participations').where('id', 'in', gone).execute();
    expect(await actualRollups(db)).toEqual(expectedRollups(world));
  });
});
