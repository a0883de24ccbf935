import type { HoursEntry } from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import { setUpInstallation } from '../../../test/factories.ts';
import type { TestClient } from '../../../test/test-client.ts';
import type { Db } from '../../db/create-db.ts';
import { createFederation, insertVolunteer, memberOf } from './service-hours.fixtures.ts';

// The people and API helpers the ledger's tests share.

/**
 * Two federations and the people the ledger's tests need. In federation A: a coordinator and a second one, a
 * supervisor (approves, does not manage), a social worker (manages, does not approve), a staff member (reads only),
 * a volunteer with an account, and a coordinator who is also a volunteer; in B: a coordinator and a volunteer.
 */
export async function setUpHoursWorld(app: FastifyInstance, db: Db) {
  const { admin } = await setUpInstallation(app);
  const a = await createFederation(db, admin);
  const b = await createFederation(db, admin);
  const coordinator = await memberOf(app, admin, a.federation.id, 'volunteer_coordinator');
  const secondCoordinator = await memberOf(app, admin, a.federation.id, 'volunteer_coordinator');
  const supervisor = await memberOf(app, admin, a.federation.id, 'supervisor');
  const socialWorker = await memberOf(app, admin, a.station.id, 'social_worker');
  const staff = await memberOf(app, admin, a.station.id, 'staff');
  const volunteerUser = await memberOf(app, admin, a.station.id, 'volunteer');
  const volunteer = await insertVolunteer(db, a.federation.id, a.station, { userId: volunteerUser.userId });
  const coordinatorVolunteerUser = await memberOf(app, admin, a.federation.id, 'volunteer_coordinator');
  const coordinatorVolunteer = await insertVolunteer(db, a.federation.id, a.station, {
    userId: coordinatorVolunteerUser.userId,
  });
  const otherCoordinator = await memberOf(app, admin, b.federation.id, 'volunteer_coordinator');
  const otherVolunteer = await insertVolunteer(db, b.federation.id, b.station);
  return {
    admin,
    a,
    b,
    coordinator,
    secondCoordinator,
    supervisor,
    socialWorker,
    staff,
    volunteerUser,
    volunteer,
    coordinatorVolunteerUser,
    coordinatorVolunteer,
    otherCoordinator,
    otherVolunteer,
  };
}

export type HoursWorld = Awaited<ReturnType<typeof setUpHoursWorld>>;

/** Records hours as a coordinator through the API (defaults: today's 100 minutes); throws unless created. */
export async function recordHours(client: TestClient, volunteerId: string, fields: Record<string, unknown> = {}) {
  const response = await client.post('/api/service-hours', {
    volunteerId,
    serviceDate: '2026-11-22',
    rawMinutes: 100,
    content: '陪伴社区长者',
    ...fields,
  });
  if (response.statusCode !== 201) throw new Error(`record hours failed: ${response.statusCode} ${response.body}`);
  return response.json() as HoursEntry;
}

/** Approves or declines entries as `client`; throws unless it worked. */
export async function decideHours(client: TestClient, ids: string[], decision: 'approve' | 'decline' = 'approve') {
  const response = await client.post('/api/service-hours/decisions', { ids, decision });
  if (response.statusCode !== 200) throw new Error(`decision failed: ${response.statusCode} ${response.body}`);
}
