import type { Db } from '../../db/create-db.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { canReadOrganization } from './organizations.policy.ts';
import { createOrganizationsRepository, type OrganizationRow } from './organizations.repository.ts';

const organizationNotFound = () => new AppError('organizations.not_found', 404);

/**
 * The organization when `allowed` lets the actor at it. Otherwise it answers exactly as for an id that does not
 * exist (`notFound`, organizations.not_found unless given), so another subtree's organizations do not leak.
 */
export async function findOrganizationFor(
  db: Db,
  actor: Actor,
  id: string,
  allowed: (actor: Actor, organization: OrganizationRow) => boolean = canReadOrganization,
  notFound: () => AppError = organizationNotFound,
): Promise<OrganizationRow> {
  const organization = await createOrganizationsRepository(db).findById(id);
  if (!organization || !allowed(actor, organization)) throw notFound();
  return organization;
}
