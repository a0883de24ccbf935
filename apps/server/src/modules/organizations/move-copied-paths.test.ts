import { beforeAll, expect, it } from 'vitest';
import { createActivity } from '../../../test/activity-factories.ts';
import { addMemberWithNewUser, createOrganization, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, type TestClient } from '../../../test/test-client.ts';
import {
  createFederationTree,
  type FederationTree,
  insertLedgerEntry,
  registerVolunteer,
} from '../../../test/volunteer-factories.ts';

describeEachDialect('moving an organization carries what is filed under it', (t) => {
  let admin: TestClient;
  let tree: FederationTree;
  let otherStationId: string;
  let volunteerId: string;
  let activityId: string;

  beforeAll(async () => {
    ({ admin } = await setUpInstallation(t.app));
    tree = await createFederationTree(admin);
    otherStationId = (await createOrganization(admin, tree.federationId, { kind: 'service_station' })).id;
    const team = tree.teamIds[0];
    volunteerId = (await registerVolunteer(admin, team, { status: 'active' })).id;
    expect((await admin.put(`/api/volunteers/${volunteerId}/teams/${team}`, { role: 'member' })).statusCode).toBe(200);
    activityId = (await createActivity(admin, team)).id;
    await insertLedgerEntry(t.db, volunteerId, { hundredths: 250 });
    // The team moves from its station to the other one.
    const moved = await admin.patch(`/api/organizations/${team}`, { parentId: otherStationId });
    expect(moved.statusCode, moved.body).toBe(200);
  });

  const pathOf = async (id: string) =>
    (await t.db.selectFrom('organizations').select('path').where('id', '=', id).executeTakeFirstOrThrow()).path;

  it('re-roots the copies of the path kept beside volunteers, memberships, activities and the ledger', async () => {
    const teamPath = await pathOf(tree.teamIds[0]);
    expect(teamPath.startsWith(await pathOf(otherStationId))).toBe(true);
    const volunteer = await t.db
      .selectFrom('volunteers')
      .select('homePath')
      .where('id', '=', volunteerId)
      .executeTakeFirstOrThrow();
    expect(volunteer.homePath).toBe(teamPath);
    const membership = await t.db
      .selectFrom('volunteerTeamMemberships')
      .select('teamPath')
      .where('volunteerId', '=', volunteerId)
      .executeTakeFirstOrThrow();
    expect(membership.teamPath).toBe(teamPath);
    const activity = await t.db
      .selectFrom('activities')
      .select('organizationPath')
      .where('id', '=', activityId)
      .executeTakeFirstOrThrow();
    expect(activity.organizationPath).toBe(teamPath);
    const entries = await t.db
      .selectFrom('serviceHoursEntries')
      .select(['unitPath', 'recordingPath'])
      .where('volunteerId', '=', volunteerId)
      .execute();
    expect(entries).toEqual([{ unitPath: teamPath, recordingPath: teamPath }]);
  });

  it('shows the volunteer and their hours to the new station and no longer to the old one', async () => {
    const newCoordinator = (await addMemberWithNewUser(t.app, admin, otherStationId, 'volunteer_coordinator')).client;
    const oldCoordinator = (await addMemberWithNewUser(t.app, admin, tree.stationId, 'volunteer_coordinator')).client;
    const listed = async (client: TestClient) =>
      json<{ items: { id: string }[] }>(await client.get('/api/volunteers')).items.map((item) => item.id);
    expect(await listed(newCoordinator)).toContain(volunteerId);
    expect(await listed(oldCoordinator)).not.toContain(volunteerId);

    const hoursOf = async (organizationId: string) =>
      json<{ totals: { approvedHundredths: number } }>(
        await admin.get(`/api/volunteer-stats?organizationId=${organizationId}&from=2026-01-01&to=2026-11-23`),
      ).totals.approvedHundredths;
    expect(await hoursOf(otherStationId)).toBe(250);
    expect(await hoursOf(tree.stationId)).toBe(0);
    expect(await hoursOf(tree.federationId)).toBe(250);
  });
});
