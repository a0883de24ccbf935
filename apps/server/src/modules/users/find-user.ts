import type { Db } from '../../db/create-db.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { createMembershipsRepository } from '../memberships/memberships.repository.ts';
import type { UserWithPaths } from './users.policy.ts';
import { createUsersRepository, type UserRow } from './users.repository.ts';

/**
 * The user, with the paths of their organizations, when `allowed` lets the actor at them. Otherwise
 * users.not_found, exactly as for an id that does not exist, so users outside the actor's subtree do not leak;
 * `details` points a form at the field that named them.
 */
export async function findUserFor(
  db: Db,
  actor: Actor,
  id: string,
  allowed: (actor: Actor, target: UserWithPaths) => boolean,
  details?: unknown,
): Promise<{ user: UserRow; membershipPaths: string[] }> {
  const user = await createUsersRepository(db).findById(id);
  const membershipPaths = user
    ? (await createMembershipsRepository(db).listForUser(user.id)).map((row) => row.organizationPath)
    : [];
  if (!user || !allowed(actor, { user, membershipPaths })) throw new AppError('users.not_found', 404, details);
  return { user, membershipPaths };
}
