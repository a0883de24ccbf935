import { COMMUNITY_TYPES, isValidUscc, ROLES } from '@liandong/domain';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/test-app.ts';
import { TestClient } from '../../test/test-client.ts';
import type { DemoLogin } from './demo-logins.ts';
import { formatDemoLogins } from './demo-logins.ts';
import { generateDemoPassword } from './demo-password.ts';
import { generateDemoData } from './generate-demo-data.ts';

describeEachDialect('demo data', (t) => {
  const password = generateDemoPassword();
  let logins: DemoLogin[];

  beforeAll(async () => {
    logins = await generateDemoData(t.app, { password });
  }, 120_000);

  it('builds a county with streets and at least 8 communities of all six types, with grids and buildings', async () => {
    const streets = await t.db.selectFrom('streets').select(['id', 'countyCode']).execute();
    expect(streets.length).toBeGreaterThanOrEqual(3);
    expect(new Set(streets.map((street) => street.countyCode))).toEqual(new Set(['331081']));
    const communities = await t.db.selectFrom('communities').select('type').execute();
    expect(communities.length).toBeGreaterThanOrEqual(8);
    expect(new Set(communities.map((community) => community.type))).toEqual(new Set(COMMUNITY_TYPES));
    expect((await t.db.selectFrom('grids').select('id').execute()).length).toBeGreaterThanOrEqual(3);
    expect((await t.db.selectFrom('buildings').select('id').execute()).length).toBeGreaterThanOrEqual(5);
  });

  it('builds the organization tree: 义工联 → 3 stations → 2 teams each, agency, university team, purchasers', async () => {
    const organizations = await t.db.selectFrom('organizations').selectAll().execute();
    const byKind = (kind: string) => organizations.filter((organization) => organization.kind === kind);
    const [federation] = byKind('volunteer_federation');
    const stations = byKind('service_station');
    expect(stations).toHaveLength(3);
    for (const station of stations) {
      expect(station.parentId).toBe(federation!.id);
      expect(byKind('volunteer_team').filter((team) => team.parentId === station.id)).toHaveLength(2);
    }
    for (const kind of ['social_work_agency', 'university_team', 'hub_org', 'government', 'evaluator']) {
      expect(byKind(kind).length, kind).toBeGreaterThanOrEqual(1);
    }
    const communityOrgs = byKind('community_org');
    expect(communityOrgs.some((organization) => organization.legalStatus === 'filed')).toBe(true);
    const registered = communityOrgs.filter((organization) => organization.legalStatus === 'registered');
    expect(registered.length).toBeGreaterThanOrEqual(1);
    for (const organization of organizations.filter((o) => o.legalStatus === 'registered')) {
      expect(isValidUscc(organization.uscc ?? ''), organization.name).toBe(true);
    }
    expect(communityOrgs.every((organization) => organization.communityId !== null)).toBe(true);
  });

  it('has a user for every role, and every printed login signs in with the printed password', async () => {
    const roles = await t.db.selectFrom('memberships').select('role').distinct().execute();
    expect(new Set(roles.map((row) => row.role))).toEqual(new Set(ROLES));
    expect(logins.every((login) => login.password === password)).toBe(true);
    for (const login of logins) {
      const session = await new TestClient(t.app).login(login.username, login.password);
      expect(session.user.displayName).toBe(login.displayName);
    }
    const table = formatDemoLogins(logins);
    for (const login of logins) expect(table).toContain(login.username);
  });

  it('went through the API: every write is in the audit trail', async () => {
    const creations = await t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('userAgent', '=', 'liandong-demo')
      .execute();
    const actions = new Set(creations.map((event) => event.action));
    expect(actions.has('setup.complete')).toBe(true);
    expect(creations.length).toBeGreaterThan(40);
  });
});
