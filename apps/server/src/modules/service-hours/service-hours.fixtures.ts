import type { CheckFlag, Role, VolunteerStatus } from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import { addMemberWithNewUser, createOrganization } from '../../../test/factories.ts';
import type { TestClient } from '../../../test/test-client.ts';
import type { Db } from '../../db/create-db.ts';
import { newId } from '../../lib/ids.ts';
import { insertHoursEntry } from './insert-hours-entry.ts';

// Test set-up for the ledger's tests: volunteers and activities are written straight into the database, so these
// tests do not depend on the registry's and activities' APIs. Every person here is invented.

let counter = 0;

export interface Unit {
  id: string;
  path: string;
}

export interface FixtureVolunteer {
  id: string;
  name: string;
  localNo: string;
  registryId: string;
  homePath: string;
}

const pathOf = async (db: Db, id: string): Promise<Unit> => {
  const row = await db
    .selectFrom('organizations')
    .select(['id', 'path'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { id: row.id, path: row.path };
};

/** A new 义工联 with a station beneath it, each with its path. */
export async function createFederation(db: Db, admin: TestClient) {
  const n = ++counter;
  const federation = await createOrganization(admin, null, { name: `时长义工联${n}`, kind: 'volunteer_federation' });
  const station = await createOrganization(admin, federation.id, { name: `时长服务站${n}`, kind: 'service_station' });
  return { federation: await pathOf(db, federation.id), station: await pathOf(db, station.id) };
}

/** A member with a new account in `organizationId`, signed in and acting there. */
export const memberOf = (app: FastifyInstance, admin: TestClient, organizationId: string, role: Role) =>
  addMemberWithNewUser(app, admin, organizationId, role);

/** A volunteer record of `registryId`, registered with `home`, optionally linked to a user account. */
export async function insertVolunteer(
  db: Db,
  registryId: string,
  home: Unit,
  options: { userId?: string; status?: VolunteerStatus } = {},
): Promise<FixtureVolunteer> {
  const n = ++counter;
  const now = Date.UTC(2026, 0, 1);
  const volunteer = {
    id: newId(),
    registryId,
    homeOrganizationId: home.id,
    homePath: home.path,
    userId: options.userId ?? null,
    localNo: `T${String(n).padStart(6, '0')}`,
    nationalNo: null,
    name: `时长义工${n}`,
    nameSearch: `时长义工${n}`,
    gender: 'female' as const,
    birthDate: '1990-05-17',
    idType: 'resident_id',
    idNumberCipher: `cipher-${n}`,
    idNumberHash: `hash-${n}-${newId()}`,
    idNumberMasked: '3310**********001X',
    phoneCipher: `cipher-phone-${n}`,
    phoneHash: `phone-hash-${n}-${newId()}`,
    phoneMasked: '139****0000',
    skills: '[]',
    availability: '[]',
    status: options.status ?? ('active' as const),
    source: 'staff' as const,
    registeredAt: now,
    approvedAt: now,
    approvedBy: null,
    statusChangedAt: now,
    statusReason: null,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  };
  await db.insertInto('volunteers').values(volunteer).execute();
  return { id: volunteer.id, name: volunteer.name, localNo: volunteer.localNo, registryId, homePath: home.path };
}

/** Puts a volunteer in a team, which widens who sees them. */
export async function addToTeam(db: Db, volunteerId: string, team: Unit): Promise<void> {
  await db
    .insertInto('volunteerTeamMemberships')
    .values({
      id: newId(),
      volunteerId,
      teamId: team.id,
      teamPath: team.path,
      role: 'member',
      joinedAt: 0,
      createdBy: null,
    })
    .execute();
}

/** A published activity organized by `organizer`, staffed from `registryId`, led by `leadUserId`. */
export async function insertActivity(
  db: Db,
  organizer: Unit,
  registryId: string,
  leadUserId: string,
  fields: { title?: string; address?: string; status?: 'published' | 'cancelled' } = {},
): Promise<string> {
  const id = newId();
  const startsAt = Date.UTC(2026, 10, 20, 1, 0);
  await db
    .insertInto('activities')
    .values({
      id,
      organizationId: organizer.id,
      organizationPath: organizer.path,
      registryId,
      type: 'community_activity',
      title: fields.title ?? `社区探访活动${++counter}`,
      content: null,
      leadUserId,
      address: fields.address ?? '阳光社区活动中心',
      latitude: null,
      longitude: null,
      geofenceM: null,
      startsAt,
      endsAt: startsAt + 4 * 3_600_000,
      beneficiaryGroup: null,
      riskLevel: 'low',
      status: fields.status ?? 'published',
      createdBy: leadUserId,
      createdAt: startsAt,
      updatedAt: startsAt,
    })
    .execute();
  return id;
}

/**
 * A check-out's ledger entry (through insertHoursEntry, as the check-out writes it) for a completed participation
 * carrying `flags`, the way an auto check-out or a check-in outside the geofence leaves it.
 */
export async function insertCheckinEntry(
  db: Db,
  volunteer: FixtureVolunteer,
  activityId: string,
  recorder: Unit & { userId: string },
  flags: CheckFlag[],
): Promise<string> {
  const startsAt = Date.UTC(2026, 10, 20, 1, 0);
  const endsAt = startsAt + 2 * 3_600_000;
  const shiftId = newId();
  const participationId = newId();
  await db
    .insertInto('shifts')
    .values({
      id: shiftId,
      activityId,
      role: '协助',
      description: null,
      startsAt,
      endsAt,
      capacity: 10,
      confirmedCount: 1,
      requiredSkills: '[]',
      requiredQualifications: '[]',
      minAge: null,
      minorsAllowed: 1,
      signupFlow: 'instant',
      waitlistEnabled: 1,
      leadVolunteerId: null,
      checkinOpensMin: null,
      checkinClosesMin: null,
      status: 'open',
      createdAt: startsAt,
      updatedAt: startsAt,
    })
    .execute();
  await db
    .insertInto('participations')
    .values({
      id: participationId,
      shiftId,
      activityId,
      volunteerId: volunteer.id,
      state: 'completed',
      startsAt,
      endsAt,
      requestedAt: startsAt,
      confirmedAt: startsAt,
      endedAt: endsAt,
      assignedBy: null,
      checkedInAt: startsAt,
      checkedOutAt: endsAt,
      flags: JSON.stringify(flags),
      evaluationRating: 4,
      evaluationComment: '认真负责',
      evaluatedBy: recorder.userId,
      evaluatedAt: endsAt,
      updatedAt: endsAt,
    })
    .execute();
  const id = newId();
  await insertHoursEntry(db, {
    id,
    registryId: volunteer.registryId,
    volunteerId: volunteer.id,
    unitPath: volunteer.homePath,
    recordingOrganizationId: recorder.id,
    recordingPath: recorder.path,
    activityId,
    activityType: 'community_activity',
    participationId,
    serviceDate: '2026-11-20',
    startedAt: startsAt,
    endedAt: endsAt,
    rawMinutes: 120,
    creditedHundredths: 200,
    roundingRule: JSON.stringify({ kind: 'round_down', stepMinutes: 15 }),
    source: 'checkin',
    kind: 'original',
    correctsEntryId: null,
    place: '阳光社区活动中心',
    content: '协助活动',
    leadUserId: recorder.userId,
    leadName: null,
    recordedBy: recorder.userId,
    recordedAt: endsAt,
    evaluationRating: 4,
    evaluationComment: '认真负责',
    status: 'pending',
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
    importId: null,
  });
  return id;
}

/** Many pending one-hour entries at once (one per day given), written as a bulk import would, for export sizes. */
export async function insertManyEntries(
  db: Db,
  volunteer: FixtureVolunteer,
  recorder: Unit & { userId: string },
  days: readonly string[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const serviceDate of days) {
      await insertHoursEntry(trx, {
        id: newId(),
        registryId: volunteer.registryId,
        volunteerId: volunteer.id,
        unitPath: volunteer.homePath,
        recordingOrganizationId: recorder.id,
        recordingPath: recorder.path,
        activityId: null,
        activityType: null,
        participationId: null,
        serviceDate,
        startedAt: null,
        endedAt: null,
        rawMinutes: 60,
        creditedHundredths: 100,
        roundingRule: null,
        source: 'import',
        kind: 'original',
        correctsEntryId: null,
        place: null,
        content: '批量导入',
        leadUserId: null,
        leadName: null,
        recordedBy: recorder.userId,
        recordedAt: Date.UTC(2026, 10, 1),
        evaluationRating: null,
        evaluationComment: null,
        status: 'pending',
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
        importId: null,
      });
    }
  });
}
