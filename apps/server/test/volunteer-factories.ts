import { type HoursKind, type HoursStatus, residentIdCheckCharacter, type VolunteerProfile } from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../src/db/create-db.ts';
import { newId } from '../src/lib/ids.ts';
import { insertHoursEntry } from '../src/modules/service-hours/insert-hours-entry.ts';
import { createOrganization, STRONG_PASSWORD } from './factories.ts';
import { TestClient } from './test-client.ts';

// Shared set-up for volunteer tests. Every person here is invented: region 331081 and made-up birth dates.

let counter = 0;

/**
 * A valid-looking, invented 居民身份证 number: region 331081, the birth date, a sequence whose last digit is odd for
 * male and even for female, and the right ISO 7064 MOD 11-2 check character. Distinct `seq` (0–499) give distinct
 * numbers for the same birth date and gender.
 */
export function validResidentId(birthDate: string, gender: 'male' | 'female', seq = 1): string {
  const sequence = String((seq % 500) * 2 + (gender === 'male' ? 1 : 0)).padStart(3, '0');
  const first17 = `331081${birthDate.replaceAll('-', '')}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** An invented mainland mobile number, different on every call. */
export const uniquePhone = () => `139${String(10_000_000 + ++counter).slice(-8)}`;

export interface FederationTree {
  federationId: string;
  stationId: string;
  /** The first team hangs under the station, the second directly under the federation. */
  teamIds: [string, string];
}

/** Creates a new 义工联 (a root organization, so platform administrator only) with a station and two teams. */
export async function createFederationTree(admin: TestClient): Promise<FederationTree> {
  const n = ++counter;
  const federation = await createOrganization(admin, null, { name: `测试义工联${n}`, kind: 'volunteer_federation' });
  const station = await createOrganization(admin, federation.id, { name: `服务站${n}`, kind: 'service_station' });
  const stationTeam = await createOrganization(admin, station.id, { name: `站点服务队${n}`, kind: 'volunteer_team' });
  const federationTeam = await createOrganization(admin, federation.id, {
    name: `联合服务队${n}`,
    kind: 'volunteer_team',
  });
  return { federationId: federation.id, stationId: station.id, teamIds: [stationTeam.id, federationTeam.id] };
}

/** A staff registration body with fresh invented identity; `overrides` replace any field. */
export function volunteerBody(homeOrganizationId: string, overrides: Record<string, unknown> = {}) {
  const n = ++counter;
  const gender = (overrides.gender as 'male' | 'female' | undefined) ?? (n % 2 === 0 ? 'female' : 'male');
  const birthDate = (overrides.birthDate as string | undefined) ?? `19${60 + (n % 40)}-0${1 + (n % 9)}-1${n % 10}`;
  return {
    homeOrganizationId,
    name: `义工${n}号`,
    gender,
    birthDate,
    idType: 'resident_id',
    idNumber: validResidentId(birthDate, gender, n),
    phone: uniquePhone(),
    skills: [],
    ...overrides,
  };
}

/** Registers a volunteer through the staff API as `client`; throws unless created. Returns the profile. */
export async function registerVolunteer(
  client: TestClient,
  homeOrganizationId: string,
  overrides: Record<string, unknown> = {},
): Promise<VolunteerProfile> {
  const response = await client.post('/api/volunteers', volunteerBody(homeOrganizationId, overrides));
  if (response.statusCode !== 201)
    throw new Error(`register volunteer failed: ${response.statusCode} ${response.body}`);
  return response.json() as VolunteerProfile;
}

/** Approves a prospective volunteer (prospective → active) as `client`; throws unless it worked. */
export async function approveVolunteer(client: TestClient, volunteerId: string): Promise<VolunteerProfile> {
  const response = await client.post(`/api/volunteers/${volunteerId}/status`, { status: 'active' });
  if (response.statusCode !== 200) throw new Error(`approve failed: ${response.statusCode} ${response.body}`);
  return response.json() as VolunteerProfile;
}

/**
 * A person who registered themselves on the public page of `organizationId` (a federation, station or team):
 * a TestClient signed in as them, their prospective record's id and their username. Pass `approver` to have them
 * approved at once (they then hold the volunteer role in that organization).
 */
export async function volunteerUserClient(
  app: FastifyInstance,
  organizationId: string,
  options: { approver?: TestClient; overrides?: Record<string, unknown> } = {},
) {
  const { homeOrganizationId, ...body } = volunteerBody(organizationId, options.overrides);
  const username = `yigong${++counter}`;
  const client = new TestClient(app);
  const response = await client.post(`/api/public/volunteer-signup/${homeOrganizationId}`, {
    ...body,
    username,
    password: STRONG_PASSWORD,
    consent: true,
  });
  if (response.statusCode !== 201) throw new Error(`self-registration failed: ${response.statusCode} ${response.body}`);
  const volunteerId = (response.json() as { id: string }).id;
  if (options.approver) await approveVolunteer(options.approver, volunteerId);
  return { client, volunteerId, username };
}

/**
 * The audit events about one entity in the order they were written. Tests run on a fixed clock, so many events share
 * one `occurredAt`; their UUIDv7 ids still sort in the order they were made.
 */
export async function auditTrailOf(db: Db, entityId: string) {
  const events = await db.selectFrom('auditEvents').selectAll().where('entityId', '=', entityId).execute();
  return events.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface LedgerEntryFields {
  hundredths: number;
  /** The service date, 'YYYY-MM-DD'; 2026-11-01 unless given. */
  date?: string;
  status?: HoursStatus;
  kind?: HoursKind;
  /** The entry a correction or void refers to. */
  corrects?: string;
  content?: string;
}

/**
 * A coordinator's record for a volunteer written straight into the ledger (as the hours module does), approved
 * unless told otherwise, for tests that need hours but are not about recording or deciding them. Returns its id.
 */
export async function insertLedgerEntry(db: Db, volunteerId: string, fields: LedgerEntryFields): Promise<string> {
  const volunteer = await db
    .selectFrom('volunteers')
    .selectAll()
    .where('id', '=', volunteerId)
    .executeTakeFirstOrThrow();
  const date = fields.date ?? '2026-11-01';
  const id = newId();
  await insertHoursEntry(db, {
    id,
    registryId: volunteer.registryId,
    volunteerId,
    unitPath: volunteer.homePath,
    recordingOrganizationId: volunteer.homeOrganizationId,
    recordingPath: volunteer.homePath,
    activityId: null,
    activityType: null,
    participationId: null,
    serviceDate: date,
    startedAt: null,
    endedAt: null,
    rawMinutes: Math.round((fields.hundredths * 60) / 100),
    creditedHundredths: fields.hundredths,
    roundingRule: null,
    source: 'coordinator',
    kind: fields.kind ?? 'original',
    correctsEntryId: fields.corrects ?? null,
    place: null,
    content: fields.content ?? '社区服务',
    leadUserId: null,
    leadName: null,
    recordedBy: volunteer.createdBy ?? volunteerId,
    recordedAt: Date.parse(`${date}T12:00:00+08:00`),
    evaluationRating: null,
    evaluationComment: null,
    status: fields.status ?? 'approved',
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
    importId: null,
  });
  return id;
}
