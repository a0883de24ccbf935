import {
  type Community,
  type Membership,
  type Organization,
  type Region,
  ROLE_NAMES_ZH,
  type Street,
} from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import { createDemoActivities } from './demo-activities.ts';
import { DemoCalendar } from './demo-calendar.ts';
import { DemoClient } from './demo-client.ts';
import { createDemoHours } from './demo-hours.ts';
import type { DemoLogin } from './demo-logins.ts';
import { DEMO_ORGANIZATIONS, type DemoOrganization } from './demo-organizations.ts';
import { DEMO_ADMIN, DEMO_PEOPLE } from './demo-people.ts';
import { DEMO_COUNTY_CODE, DEMO_STREETS } from './demo-regions.ts';
import { createDemoRegistry, type DemoRoster } from './demo-registry.ts';
import { createDemoSignups } from './demo-signups.ts';
import { demoUscc } from './demo-uscc.ts';
import { buildDemoVolunteers } from './demo-volunteers.ts';
import { signIn } from './demo-world.ts';

/**
 * Fills an empty installation with the demo county, organizations and people, and the 义工联's volunteers,
 * activities, sign-ups and hours, entirely through the HTTP API (app.inject), so every record passes the same
 * validation, policies and audit as one entered by hand. Every account gets `password`. Returns the logins to print.
 * Dates are relative to the server's clock (read from the first record it writes), so a test's fixed clock works.
 */
export async function generateDemoData(app: FastifyInstance, { password }: { password: string }): Promise<DemoLogin[]> {
  const admin = new DemoClient(app);
  const [first, ...others] = DEMO_ORGANIZATIONS as [DemoOrganization, ...DemoOrganization[]];
  await admin.post('/api/setup', {
    admin: { ...DEMO_ADMIN, password },
    organization: { name: first.name, shortName: first.shortName, kind: first.kind, legalStatus: first.legalStatus },
  });
  const session = await admin.post<{ actingOrganizationId: string }>('/api/auth/login', {
    username: DEMO_ADMIN.username,
    password,
  });

  const county = await admin.get<Region>(`/api/regions/${DEMO_COUNTY_CODE}`);
  const communityIds = await createCommunities(admin);

  const organizations = new Map<string, Organization>();
  const root = await admin.patch<Organization>(`/api/organizations/${session.actingOrganizationId}`, {
    regionCode: county.code,
    description: first.description,
  });
  organizations.set(first.key, root);
  const calendar = new DemoCalendar(root.updatedAt);
  let serial = 0;
  for (const spec of others) {
    const parent = spec.parent === null ? null : organizations.get(spec.parent);
    if (parent === undefined) throw new Error(`Demo data: ${spec.key} comes before its parent ${spec.parent}`);
    const organization = await admin.post<Organization>('/api/organizations', {
      parentId: parent?.id ?? null,
      name: spec.name,
      shortName: spec.shortName,
      kind: spec.kind,
      legalStatus: spec.legalStatus,
      uscc: spec.uscc ? demoUscc(spec.uscc, county.code, ++serial) : null,
      regionCode: county.code,
      communityId: spec.community ? communityIds.get(spec.community) : null,
      contactName: spec.contactName,
      description: `${spec.description}（演示数据）`,
    });
    organizations.set(spec.key, organization);
  }

  const { logins, userIds } = await createPeople(admin, organizations, password);
  const world = {
    app,
    password,
    calendar,
    admin,
    coordinator: await signIn(app, 'coordinator', password),
    federationAdmin: await signIn(app, 'federation-admin', password),
    organizations,
    userIds,
  };
  const roster = await createDemoRegistry(world, buildDemoVolunteers());
  const plan = await createDemoActivities(world, roster);
  await createDemoSignups(world, roster, plan);
  await createDemoHours(world, roster, plan);
  return [...logins, ...volunteerLogins(roster, organizations, password)];
}

/** The staff and partner accounts (demo-people.ts) with their memberships; their logins and user ids. */
async function createPeople(admin: DemoClient, organizations: Map<string, Organization>, password: string) {
  const userIds = new Map<string, string>();
  const logins: DemoLogin[] = [
    {
      username: DEMO_ADMIN.username,
      displayName: DEMO_ADMIN.displayName,
      roles: `platform admin ${ROLE_NAMES_ZH.platform_admin}`,
      organization: '—',
      password,
    },
  ];
  for (const person of DEMO_PEOPLE) {
    let userId: string | null = null;
    for (const { organization: key, role } of person.memberships) {
      const organization = organizations.get(key);
      if (!organization) throw new Error(`Demo data: ${person.username} belongs to unknown organization ${key}`);
      const membership: Membership = userId
        ? await admin.post(`/api/organizations/${organization.id}/members`, { userId, role })
        : await admin.post(`/api/organizations/${organization.id}/members/new-user`, {
            username: person.username,
            displayName: person.displayName,
            password,
            role,
          });
      userId = membership.userId;
    }
    if (userId) userIds.set(person.username, userId);
    logins.push({
      username: person.username,
      displayName: person.displayName,
      roles: person.memberships.map(({ role }) => `${role} ${ROLE_NAMES_ZH[role]}`).join(', '),
      organization: person.memberships
        .map(({ organization }) => {
          const found = organizations.get(organization)!;
          return found.shortName ?? found.name;
        })
        .join(', '),
      password,
    });
  }
  return { logins, userIds };
}

/** The volunteers whose accounts are printed: one 正式 volunteer and one team lead. */
function volunteerLogins(roster: DemoRoster, organizations: Map<string, Organization>, password: string): DemoLogin[] {
  return [...roster.values()].flatMap(({ spec }) => {
    if (!spec.account?.printed) return [];
    const home = organizations.get(spec.home)!;
    const lead = spec.teams.some(({ role }) => role === 'team_lead');
    return [
      {
        username: spec.account.username,
        displayName: spec.name,
        roles: `volunteer ${ROLE_NAMES_ZH.volunteer}${lead ? ', team_lead 队长' : ''}`,
        organization: home.shortName ?? home.name,
        password,
      },
    ];
  });
}

/** Streets beneath the demo county, their communities, and grids with buildings; returns community ids by name. */
async function createCommunities(admin: DemoClient): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const street of DEMO_STREETS) {
    const created = await admin.post<Street>('/api/streets', {
      countyCode: DEMO_COUNTY_CODE,
      name: street.name,
      kind: street.kind,
    });
    for (const spec of street.communities) {
      const community = await admin.post<Community>('/api/communities', {
        streetId: created.id,
        name: spec.name,
        type: spec.type,
        description: spec.description,
      });
      ids.set(spec.name, community.id);
      for (const [gridName, buildings] of Object.entries(spec.grids ?? {})) {
        const grid = await admin.post<{ id: string }>(`/api/communities/${community.id}/grids`, { name: gridName });
        for (const name of buildings) {
          await admin.post(`/api/communities/${community.id}/buildings`, { name, gridId: grid.id });
        }
      }
    }
  }
  return ids;
}
