import type { Role } from '@liandong/domain';
import { STRONG_PASSWORD } from '../../../test/factories.ts';
import type { Db } from '../../db/create-db.ts';
import { newId } from '../../lib/ids.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { createMembershipsRepository } from '../memberships/memberships.repository.ts';
import { createOrganizationsRepository } from '../organizations/organizations.repository.ts';
import { createUsersRepository } from '../users/users.repository.ts';

// Tests of regions and audit seed organizations and members straight through the repositories,
// so they depend on no other module's HTTP routes.

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
  const id = newId();
  const organization = { id, path: `${parent.path}${id}/`, depth: parent.depth + 1 };
  await organizations.insert({
    ...organization,
    parentId,
    name,
    kind: 'social_work_agency',
    legalStatus: 'registered',
    createdAt: 0,
    updatedAt: 0,
  });
  return organization;
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
