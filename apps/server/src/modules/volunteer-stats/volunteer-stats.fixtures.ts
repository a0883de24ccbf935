import {
  ACTIVITY_TYPES,
  defaultRegistrySettings,
  HOURS_SOURCES,
  PARTICIPATION_STATES,
  type ParticipationState,
  VOLUNTEER_STATUSES,
} from '@liandong/domain';
import type { Insertable } from 'kysely';
import { createOrganization } from '../../../test/factories.ts';
import type { TestClient } from '../../../test/test-client.ts';
import type { Db } from '../../db/create-db.ts';
import type { Database } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import type { ServiceHoursEntriesTable } from '../service-hours/service-hours.table.ts';

// A generated federation for the statistics tests: the tree is made through the API, the bulk of the records are
// written straight into the database (fast, and independent of other modules' APIs). Every person is invented.

export interface Unit {
  id: string;
  path: string;
  name: string;
}

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same dataset on both dialects. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, int, pick };
}

const SHANGHAI = 8 * 3_600_000;
/** An instant at a wall-clock time in Asia/Shanghai (UTC+8 all year). */
export const shanghai = (day: string, hour = 0, minute = 0) =>
  Date.parse(`${day}T00:00:00Z`) - SHANGHAI + (hour * 60 + minute) * 60_000;
/** The Asia/Shanghai calendar day of an instant. */
export const shanghaiDay = (instant: number) => new Date(instant + SHANGHAI).toISOString().slice(0, 10);
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function unitOf(db: Db, id: string): Promise<Unit> {
  return db.selectFrom('organizations').select(['id', 'path', 'name']).where('id', '=', id).executeTakeFirstOrThrow();
}

/** A 义工联 with two service stations of two teams each, created through the API; its registry has `fteHoursDivisor`. */
export async function createStatsTree(db: Db, admin: TestClient, name: string, fteHoursDivisor: number) {
  const federation = await createOrganization(admin, null, { name, kind: 'volunteer_federation' });
  const stations: Unit[] = [];
  const teams: Unit[] = [];
  for (const s of [1, 2]) {
    const station = await createOrganization(admin, federation.id, { name: `${name}${s}站`, kind: 'service_station' });
    stations.push(await unitOf(db, station.id));
    for (const t of [1, 2]) {
      const team = await createOrganization(admin, station.id, { name: `${name}${s}站${t}队`, kind: 'volunteer_team' });
      teams.push(await unitOf(db, team.id));
    }
  }
  await db
    .insertInto('volunteerRegistries')
    .values({
      organizationId: federation.id,
      settings: JSON.stringify({ ...defaultRegistrySettings(), fteHoursDivisor }),
      lastLocalNo: 0,
      lastCertificateNo: 0,
      updatedAt: 0,
    })
    .execute();
  return { federation: await unitOf(db, federation.id), stations, teams };
}

export type StatsTree = Awaited<ReturnType<typeof createStatsTree>>;

/** Inserts rows in chunks small enough for either dialect's parameter limit. */
async function insertChunked<T extends keyof Database>(db: Db, table: T, rows: Insertable<Database[T]>[]) {
  for (let index = 0; index < rows.length; index += 200) {
    await db
      .insertInto(table)
      .values(rows.slice(index, index + 200) as never)
      .execute();
  }
}

/**
 * Writes a generated history into `tree`: volunteers of every status registered June to November 2026, activities
 * of every type from late July to mid-November (some cancelled, some starting just after midnight in Shanghai, which
 * is still the previous day in UTC), shifts with participations in every state, and a ledger with check-in entries,
 * coordinator and self-reported entries, pending and declined ones, corrections and voids.
 */
export async function generateStatsDataset(
  db: Db,
  tree: StatsTree,
  options: { seed: number; volunteers: number; activities: number; userId: string },
) {
  const random = seededRandom(options.seed);
  const units = [tree.federation, ...tree.stations, ...tree.teams];
  const registryId = tree.federation.id;
  const volunteers = Array.from({ length: options.volunteers }, (_, index) => {
    const home = random.pick(units);
    const registeredAt =
      index % 10 === 0
        ? shanghai('2026-08-01')
        : shanghai(addDays('2026-06-01', random.int(0, 172)), random.int(0, 23));
    return {
      id: newId(),
      registryId,
      homeOrganizationId: home.id,
      homePath: home.path,
      userId: null,
      localNo: `S${options.seed}-${index}`,
      nationalNo: null,
      name: `统计义工${options.seed}-${index}`,
      nameSearch: `统计义工${options.seed}-${index}`,
      gender: random.pick(['male', 'female'] as const),
      birthDate: '1991-03-09',
      idType: 'resident_id',
      idNumberCipher: 'cipher',
      idNumberHash: `hash-${newId()}`,
      idNumberMasked: '3310**********002X',
      phoneCipher: 'cipher',
      phoneHash: `phone-${newId()}`,
      phoneMasked: '138****0000',
      skills: '[]',
      availability: '[]',
      status: random.pick(VOLUNTEER_STATUSES),
      source: 'staff' as const,
      registeredAt,
      approvedAt: null,
      approvedBy: null,
      statusChangedAt: registeredAt,
      statusReason: null,
      createdBy: null,
      createdAt: registeredAt,
      updatedAt: registeredAt,
    };
  });
  await insertChunked(db, 'volunteers', volunteers);

  const activities: Insertable<Database['activities']>[] = [];
  const shifts: Insertable<Database['shifts']>[] = [];
  const participations: Insertable<Database['participations']>[] = [];
  const entries: Insertable<ServiceHoursEntriesTable>[] = [];
  const entry = (
    fields: Partial<Insertable<ServiceHoursEntriesTable>> & { volunteerId: string; serviceDate: string },
  ) => {
    const volunteer = volunteers.find((v) => v.id === fields.volunteerId)!;
    const row: Insertable<ServiceHoursEntriesTable> = {
      id: newId(),
      registryId,
      unitPath: volunteer.homePath,
      recordingOrganizationId: tree.federation.id,
      recordingPath: tree.federation.path,
      activityId: null,
      activityType: null,
      participationId: null,
      rawMinutes: 120,
      creditedHundredths: random.int(1, 16) * 25,
      source: random.pick(HOURS_SOURCES.filter((source) => source !== 'checkin')),
      kind: 'original',
      recordedBy: options.userId,
      recordedAt: shanghai(fields.serviceDate, 20),
      status: random.pick(['approved', 'approved', 'approved', 'pending', 'declined'] as const),
      ...fields,
    };
    entries.push(row);
    return row;
  };

  for (let a = 0; a < options.activities; a++) {
    const organizer = random.pick(units);
    const type = random.pick(ACTIVITY_TYPES);
    // One activity in five starts in the half hour after midnight: the day before in UTC.
    const startsAt = shanghai(addDays('2026-07-25', random.int(0, 110)), a % 5 === 0 ? 0 : random.int(7, 21), 15);
    const id = newId();
    activities.push({
      id,
      organizationId: organizer.id,
      organizationPath: organizer.path,
      registryId,
      type,
      title: `统计活动${a}`,
      content: null,
      leadUserId: options.userId,
      address: null,
      latitude: null,
      longitude: null,
      geofenceM: null,
      startsAt,
      endsAt: startsAt + 26 * 3_600_000,
      beneficiaryGroup: null,
      riskLevel: 'low' as const,
      status: a % 7 === 3 ? ('cancelled' as const) : ('published' as const),
      createdBy: options.userId,
      createdAt: 0,
      updatedAt: 0,
    });
    // A second shift the next day, which may fall in the next month.
    for (let s = 0; s < random.int(1, 2); s++) {
      const shiftStart = startsAt + s * 24 * 3_600_000;
      const shiftId = newId();
      const chosen = new Set<number>();
      const wanted = random.int(3, 8);
      while (chosen.size < wanted) chosen.add(random.int(0, volunteers.length - 1));
      const states = [...chosen].map(() => random.pick(PARTICIPATION_STATES));
      shifts.push({
        id: shiftId,
        activityId: id,
        role: '协助',
        description: null,
        startsAt: shiftStart,
        endsAt: shiftStart + 2 * 3_600_000,
        capacity: 10,
        confirmedCount: states.filter((state) => state === 'confirmed' || state === 'completed').length,
        requiredSkills: '[]',
        requiredQualifications: '[]',
        minAge: null,
        minorsAllowed: 1,
        signupFlow: 'instant' as const,
        waitlistEnabled: 1,
        leadVolunteerId: null,
        checkinOpensMin: null,
        checkinClosesMin: null,
        status: 'open' as const,
        createdAt: 0,
        updatedAt: 0,
      });
      [...chosen].forEach((volunteerIndex, index) => {
        const state: ParticipationState = states[index]!;
        const volunteerId = volunteers[volunteerIndex]!.id;
        const participationId = newId();
        participations.push({
          id: participationId,
          shiftId,
          activityId: id,
          volunteerId,
          state,
          startsAt: shiftStart,
          endsAt: shiftStart + 2 * 3_600_000,
          requestedAt: shiftStart - 86_400_000,
          flags: '[]',
          updatedAt: shiftStart,
        });
        if (state === 'completed')
          entry({
            volunteerId,
            serviceDate: shanghaiDay(shiftStart),
            activityId: id,
            activityType: type,
            participationId,
            source: 'checkin',
          });
      });
    }
  }

  for (let n = 0; n < options.volunteers; n++) {
    entry({
      volunteerId: random.pick(volunteers).id,
      serviceDate: addDays('2026-07-20', random.int(0, 118)),
      activityType: random.next() < 0.5 ? null : random.pick(ACTIVITY_TYPES),
      // Some recorded while the volunteer belonged elsewhere: one person under two units must count once above them.
      ...(n % 4 === 0 ? { unitPath: random.pick(units).path } : {}),
    });
  }
  // Corrections and voids: new signed entries dated on the original's day, approved, pending or declined.
  for (const original of entries.filter((row) => row.status === 'approved' && row.kind === 'original')) {
    const roll = random.next();
    if (roll >= 0.3) continue;
    const void_ = roll < 0.12;
    entry({
      volunteerId: original.volunteerId,
      serviceDate: original.serviceDate,
      unitPath: original.unitPath,
      activityId: original.activityId ?? null,
      activityType: original.activityType ?? null,
      kind: void_ ? 'void' : 'correction',
      correctsEntryId: original.id,
      creditedHundredths: void_ ? -original.creditedHundredths : random.pick([-50, -25, 25, 100]),
      source: 'coordinator',
      status: random.pick(['approved', 'approved', 'pending', 'declined'] as const),
    });
  }

  await insertChunked(db, 'activities', activities);
  await insertChunked(db, 'shifts', shifts);
  await insertChunked(db, 'participations', participations);
  await insertChunked(db, 'serviceHoursEntries', entries);
  return { volunteers, activities, shifts, participations, entries };
}
