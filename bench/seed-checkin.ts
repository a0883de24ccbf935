// Seeds a check-in rush straight into the database: one federation, `shifts` shifts starting in ten minutes, each
// with `perShift` confirmed volunteers who are signed in. Names, tokens and ids are derived from indexes, so the load
// generator can rebuild them without being told.

import type { Db } from '../apps/server/src/db/create-db.ts';
import { sessionIdOf } from '../apps/server/src/modules/auth/session-tokens.ts';

// Enough for the three runs of checkin.bench.ts: 4 s as fast as the server goes, 6 s at 2,000/s and 6 s at half the
// first run's rate; 50,000 lasts up to about 5,000 check-ins a second in the first.
export const CHECKIN_SEED = { shifts: 500, perShift: 100 };

/** A deterministic UUID-shaped id per kind and index (kind 1 = shift, 2 = volunteer, 3 = user, 4 = participation). */
export const benchId = (kind: number, index: number) =>
  `00000000-0000-7000-8${kind.toString(16).padStart(3, '0')}-${index.toString(16).padStart(12, '0')}`;
export const benchSessionToken = (index: number) => `bench-session-token-${index}`;
export const benchCsrf = (index: number) => `bench-csrf-${index}`;

const FEDERATION = benchId(9, 1);
const LEAD = benchId(3, 0);
const ACTIVITY = benchId(8, 1);

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += 500) await insert(rows.slice(start, start + 500));
}

export async function seedCheckins(db: Db, now: number): Promise<void> {
  const { shifts, perShift } = CHECKIN_SEED;
  const startsAt = now + 10 * 60_000;
  const endsAt = startsAt + 3 * 3_600_000;
  const path = `/${FEDERATION}/`;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('organizations')
      .values({
        id: FEDERATION,
        parentId: null,
        path,
        depth: 0,
        name: '压测义工联',
        shortName: null,
        kind: 'volunteer_federation',
        regionCode: null,
        communityId: null,
        legalStatus: 'registered',
        uscc: null,
        contactName: null,
        contactPhone: null,
        address: null,
        description: null,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    const volunteers = shifts * perShift;
    const users = Array.from({ length: volunteers + 1 }, (_, index) => ({
      id: index === 0 ? LEAD : benchId(3, index),
      username: `bench${index}`,
      displayName: index === 0 ? '压测社工' : `压测志愿者${index}`,
      passwordHash: 'not-a-password',
      isPlatformAdmin: 0,
      status: 'active' as const,
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
    }));
    await insertInChunks(users, (chunk) => trx.insertInto('users').values(chunk).execute());
    await insertInChunks(
      users.slice(1).map((user, offset) => ({
        id: sessionIdOf(benchSessionToken(offset + 1)),
        userId: user.id,
        csrfToken: benchCsrf(offset + 1),
        actingOrganizationId: null,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: now + 24 * 3_600_000,
        revokedAt: null,
        ip: null,
        userAgent: null,
      })),
      (chunk) => trx.insertInto('sessions').values(chunk).execute(),
    );
    await trx
      .insertInto('activities')
      .values({
        id: ACTIVITY,
        organizationId: FEDERATION,
        organizationPath: path,
        registryId: FEDERATION,
        type: 'large_event',
        title: '压测大型活动',
        content: null,
        leadUserId: LEAD,
        address: '温岭市体育中心',
        latitude: 28.37,
        longitude: 121.38,
        geofenceM: 300,
        startsAt,
        endsAt,
        beneficiaryGroup: null,
        riskLevel: 'low',
        status: 'published',
        createdBy: LEAD,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await insertInChunks(
      Array.from({ length: shifts }, (_, index) => ({
        id: benchId(1, index),
        activityId: ACTIVITY,
        role: `岗位${index}`,
        description: null,
        startsAt,
        endsAt,
        capacity: perShift,
        confirmedCount: perShift,
        requiredSkills: '[]',
        requiredQualifications: '[]',
        minAge: null,
        minorsAllowed: 1,
        signupFlow: 'instant' as const,
        waitlistEnabled: 0,
        leadVolunteerId: null,
        checkinOpensMin: 60,
        checkinClosesMin: 30,
        status: 'open' as const,
        createdAt: now,
        updatedAt: now,
      })),
      (chunk) => trx.insertInto('shifts').values(chunk).execute(),
    );
    const volunteerRows = Array.from({ length: volunteers }, (_, offset) => {
      const index = offset + 1;
      return {
        id: benchId(2, index),
        registryId: FEDERATION,
        homeOrganizationId: FEDERATION,
        homePath: path,
        userId: benchId(3, index),
        localNo: `B${index}`,
        nationalNo: null,
        name: `压测志愿者${index}`,
        nameSearch: `bench${index}`,
        gender: 'female' as const,
        birthDate: '1990-01-01',
        idType: 'resident_id',
        idNumberCipher: 'v1.bench',
        idNumberHash: `id-${index}`,
        idNumberMasked: '331***********0000',
        phoneCipher: 'v1.bench',
        phoneHash: `phone-${index}`,
        phoneMasked: '138****0000',
        skills: '[]',
        availability: '[]',
        status: 'active' as const,
        source: 'staff' as const,
        registeredAt: now,
        approvedAt: now,
        approvedBy: LEAD,
        statusChangedAt: now,
        statusReason: null,
        createdBy: LEAD,
        createdAt: now,
        updatedAt: now,
      };
    });
    await insertInChunks(volunteerRows, (chunk) => trx.insertInto('volunteers').values(chunk).execute());
    await insertInChunks(
      volunteerRows.map((volunteer, offset) => ({
        id: benchId(4, offset + 1),
        shiftId: benchId(1, Math.floor(offset / perShift)),
        activityId: ACTIVITY,
        volunteerId: volunteer.id,
        state: 'confirmed' as const,
        startsAt,
        endsAt,
        requestedAt: now,
        confirmedAt: now,
        endedAt: null,
        assignedBy: null,
        checkedInAt: null,
        checkedOutAt: null,
        flags: '[]',
        evaluationRating: null,
        evaluationComment: null,
        evaluatedBy: null,
        evaluatedAt: null,
        updatedAt: now,
      })),
      (chunk) => trx.insertInto('participations').values(chunk).execute(),
    );
  });
}
