import type { Membership, Organization, Role } from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import { TestClient } from './test-client.ts';

export const ADMIN = { username: 'admin', displayName: '平台管理员', password: 'Liandong2026pass' };
export const STRONG_PASSWORD = 'Member2026pass';

/** Completes first-run setup and returns a signed-in platform administrator and the first organization's id. */
export async function setUpInstallation(app: FastifyInstance) {
  const admin = new TestClient(app);
  const response = await admin.post('/api/setup', {
    admin: ADMIN,
    organization: { name: '阳光社会工作服务中心', kind: 'social_work_agency', legalStatus: 'registered' },
  });
  if (response.statusCode !== 201) throw new Error(`setup failed: ${response.statusCode} ${response.body}`);
  const session = await admin.login(ADMIN.username, ADMIN.password);
  return { admin, rootOrganizationId: session.actingOrganizationId as string };
}

let memberCounter = 0;

/** Creates an organization through the API as `client` and returns it; throws unless it was created. */
export async function createOrganization(
  client: TestClient,
  parentId: string | null,
  fields: Record<string, unknown> = {},
): Promise<Organization> {
  const response = await client.post('/api/organizations', {
    name: `测试机构${++memberCounter}`,
    kind: 'social_work_agency',
    parentId,
    ...fields,
  });
  if (response.statusCode !== 201)
    throw new Error(`create organization failed: ${response.statusCode} ${response.body}`);
  return response.json() as Organization;
}

/**
 * Adds a member to `organizationId` by creating their account (as `client`, an administrator there) and returns
 * a TestClient signed in as them, acting for that organization.
 */
export async function addMemberWithNewUser(
  app: FastifyInstance,
  client: TestClient,
  organizationId: string,
  role: Role,
  username?: string,
) {
  const name = username ?? `user${++memberCounter}`;
  const response = await client.post(`/api/organizations/${organizationId}/members/new-user`, {
    username: name,
    displayName: `成员${memberCounter}`,
    password: STRONG_PASSWORD,
    role,
  });
  if (response.statusCode !== 201) throw new Error(`add member failed: ${response.statusCode} ${response.body}`);
  const membership = response.json() as Membership;
  const member = new TestClient(app);
  await member.login(name, STRONG_PASSWORD);
  const switched = await member.put('/api/auth/acting-organization', { organizationId });
  if (switched.statusCode !== 200) throw new Error(`switch failed: ${switched.statusCode} ${switched.body}`);
  return { client: member, membership, username: name, userId: membership.userId };
}
