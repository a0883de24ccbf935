import type { Db } from '../../db/create-db.ts';
import type { AuditContext } from '../audit/record-audit.ts';
import { insertMembership } from '../memberships/insert-membership.ts';
import { createMembershipsRepository } from '../memberships/memberships.repository.ts';
import { createOrganizationsRepository } from '../organizations/organizations.repository.ts';

/**
 * An approved volunteer with an account gets the `volunteer` role in their home organization, so they can act for
 * it on the phone pages; nothing happens without an account or when the role is already there.
 */
export async function grantVolunteerMembership(
  trx: Db,
  context: AuditContext,
  volunteer: { userId: string | null; homeOrganizationId: string },
): Promise<void> {
  if (!volunteer.userId) return;
  if (await createMembershipsRepository(trx).exists(volunteer.userId, volunteer.homeOrganizationId, 'volunteer'))
    return;
  const home = await createOrganizationsRepository(trx).findById(volunteer.homeOrganizationId);
  if (!home) return;
  await insertMembership(trx, context, home, volunteer.userId, 'volunteer');
}
