import type { ActivityDetail, ShiftDetail, TeamRole, VolunteerStatus } from '@liandong/domain';
import type { Db } from '../src/db/create-db.ts';
import { newId } from '../src/lib/ids.ts';
import { registryRootFor } from '../src/modules/volunteers/registries.ts';
import type { TestClient } from './test-client.ts';

// Shared set-up for tests about activities and shifts. Places and people are invented.

let counter = 0;

/** 2026-11-28 (the Saturday after the test clock's 2026-11-23) at `hour`:00 in Asia/Shanghai. */
export const saturdayAt = (hour: number, minute = 0) => Date.UTC(2026, 10, 28, hour - 8, minute);

/** A place in Wenling with coordinates and a 200 m geofence. */
export const WENLING_PLACE = {
  address: '温岭市太平街道东门社区服务中心',
  latitude: 28.3718,
  longitude: 121.386,
  geofenceM: 200,
};

/**
 * Creates an activity through the API as `client` (who needs activities.manage over `organizationId`); by default a
 * low-risk community activity on Saturday 2026-11-28, 09:00–17:00 Shanghai time, in Wenling. Throws unless created.
 */
export async function createActivity(
  client: TestClient,
  organizationId: string,
  overrides: Record<string, unknown> = {},
): Promise<ActivityDetail> {
  const response = await client.post('/api/activities', {
    type: 'community_activity',
    title: `测试活动${++counter}`,
    content: '社区长者探访与义诊',
    organizationId,
    place: WENLING_PLACE,
    startsAt: saturdayAt(9),
    endsAt: saturdayAt(17),
    beneficiaryGroup: '社区长者',
    riskLevel: 'low',
    ...overrides,
  });
  if (response.statusCode !== 201) throw new Error(`create activity failed: ${response.statusCode} ${response.body}`);
  return response.json() as ActivityDetail;
}

/**
 * Adds a shift to an activity as `client`; by default it spans the whole activity with ten instant-sign-up seats
 * and a waitlist. Throws unless created.
 */
export async function createShift(
  client: TestClient,
  activityId: string,
  overrides: Record<string, unknown> = {},
): Promise<ShiftDetail> {
  let window: Record<string, unknown> = {};
  if (overrides.startsAt === undefined || overrides.endsAt === undefined) {
    const activity = await client.get(`/api/activities/${activityId}`);
    if (activity.statusCode !== 200) throw new Error(`read activity failed: ${activity.statusCode} ${activity.body}`);
    const { startsAt, endsAt } = activity.json() as ActivityDetail;
    window = { startsAt, endsAt };
  }
  const response = await client.post(`/api/activities/${activityId}/shifts`, {
    role: `岗位${++counter}`,
    capacity: 10,
    ...window,
    ...overrides,
  });
  if (response.statusCode !== 201) throw new Error(`create shift failed: ${response.statusCode} ${response.body}`);
  return response.json() as ShiftDetail;
}

export interface VolunteerRowFields {
  userId?: string | null;
  name?: string;
  status?: VolunteerStatus;
  skills?: string[];
  birthDate?: string;
  teams?: { teamId: string; role: TeamRole }[];
}

/**
 * Writes a volunteer straight into the database, in the registry of `homeOrganizationId`, for tests that need
 * volunteers but are not about registering them (no identity checks, placeholder ciphers). Returns its id.
 */
export async function insertVolunteerRow(db: Db, homeOrganizationId: string, fields: VolunteerRowFields = {}) {
  const home = await db
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', homeOrganizationId)
    .executeTakeFirstOrThrow();
  const registry = await registryRootFor(db, home);
  const id = newId();
  const n = ++counter;
  await db
    .insertInto('volunteers')
    .values({
      id,
      registryId: registry.id,
      homeOrganizationId,
      homePath: home.path,
      userId: fields.userId ?? null,
      localNo: `T${String(n).padStart(6, '0')}`,
      nationalNo: null,
      name: fields.name ?? `测试义工${n}`,
      nameSearch: `测试义工${n}`,
      gender: 'female',
      birthDate: fields.birthDate ?? '1990-05-01',
      idType: 'resident_id',
      idNumberCipher: `test-cipher-${id}`,
      idNumberHash: `test-hash-${id}`,
      idNumberMasked: '331***********000X',
      phoneCipher: `test-cipher-${id}`,
      phoneHash: `test-hash-${id}`,
      phoneMasked: '139****0000',
      skills: JSON.stringify(fields.skills ?? []),
      availability: '[]',
      status: fields.status ?? 'active',
      source: 'staff',
      registeredAt: 0,
      approvedAt: null,
      approvedBy: null,
      statusChangedAt: 0,
      statusReason: null,
      createdBy: null,
      createdAt: 0,
      updatedAt: 0,
    })
    .execute();
  for (const team of fields.teams ?? []) {
    const { path } = await db
      .selectFrom('organizations')
      .select('path')
      .where('id', '=', team.teamId)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('volunteerTeamMemberships')
      .values({
        id: newId(),
        volunteerId: id,
        teamId: team.teamId,
        teamPath: path,
        role: team.role,
        joinedAt: 0,
        createdBy: null,
      })
      .execute();
  }
  return id;
}
