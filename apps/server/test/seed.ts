import type { Role } from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../src/db/create-db.ts';
import { newId } from '../src/lib/ids.ts';
import { hashPassword } from '../src/lib/passwords.ts';
import { createMembershipsRepository } from '../src/modules/memberships/memberships.repository.ts';
import { newOrganizationRow } from '../src/modules/organizations/insert-organization.ts';
import { createOrganizationsRepository } from '../src/modules/organizations/organizations.repository.ts';
import { createUsersRepository } from '../src/modules/users/users.repository.ts';
import { STRONG_PASSWORD } from './factories.ts';
import { TestClient } from './test-client.ts';

// Tests of regions and audit seed organizations and members straight through the repositories, recording no audit
// events, so they depend on no other module's HTTP routes and see only the events they cause themselves.

export interface SeededOrganization {
  id: string;
  path: string;
  depth: number;
}

/** An organization beneath `parentId` (read from the database for its path). */
export async function seedOrganization(db: Db, parentId: string, name: string): Promise<SeededOrganization> {
  const organizations = createOrganizationsRepository(db);
  const parent = await organizations.findById(parentId);
  if (!parent) throw new Error(`no organization ${parentId}`);
  const organization = newOrganizationRow(
    newId(),
    parent,
    { name, kind: 'social_work_agency', legalStatus: 'registered' },
    0,
  );
  await organizations.insert(organization);
  return { id: organization.id, path: organization.path, depth: organization.depth };
}

/** A user holding `role` in one organization, signing in with STRONG_PASSWORD. */
export async function seedMember(db: Db, organizationId: string, username: string, role: Role): Promise<string> {
  const id = newId();
  await createUsersRepository(db).insert({
    id,
    username,
    displayName: `${username}（测试）`,
    passwordHash: await hashPassword(STRONG_PASSWORD),
    isPlatformAdmin: 0,
    status: 'active',
    passwordChangedAt: 0,
    createdAt: 0,
    updatedAt: 0,
  });
  await createMembershipsRepository(db).insert({
    id: newId(),
    userId: id,
    organizationId,
    role,
    createdAt: 0,
    createdBy: null,
  });
  return id;
}

/** seedMember, then a client signed in as them. */
export async function seedSignedInMember(
  app: FastifyInstance,
  db: Db,
  organizationId: string,
  username: string,
  role: Role,
): Promise<TestClient> {
  await seedMember(db, organizationId, username, role);
  const client = new TestClient(app);
  await client.login(username, STRONG_PASSWORD);
  return client;
}
