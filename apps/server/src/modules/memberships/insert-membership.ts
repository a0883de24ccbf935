import type { Role } from '@liandong/domain';
import type { Db } from '../../db/create-db.ts';
import { newId } from '../../lib/ids.ts';
import { type AuditContext, recordAudit } from '../audit/record-audit.ts';
import { createSessionsRepository } from '../auth/sessions.repository.ts';
import { createMembershipsRepository } from './memberships.repository.ts';

/**
 * Gives `userId` a role in the organization and records it, in the caller's transaction; returns the membership's
 * id. Adding a member, adding one with a new account, setup and the CLI all create memberships this way.
 */
export async function insertMembership(
  trx: Db,
  context: AuditContext,
  organization: { id: string; path: string },
  userId: string,
  role: Role,
): Promise<string> {
  const membership = {
    id: newId(),
    userId,
    organizationId: organization.id,
    role,
    createdAt: context.now,
    createdBy: context.actor?.userId ?? context.userId ?? null,
  };
  await createMembershipsRepository(trx).insert(membership);
  // Someone signed in without any membership (a volunteer waiting for approval) acts for their first one at once,
  // as they would after signing in again, instead of seeing an empty organization switcher.
  await createSessionsRepository(trx).adoptActingOrganization(userId, organization.id);
  await recordAudit(trx, context, {
    action: 'memberships.create',
    entityType: 'membership',
    entityId: membership.id,
    after: membership,
    scopePath: organization.path,
  });
  return membership.id;
}
