import { isStrongPassword, isValidUscc, type SetupInput } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createMembershipsRepository } from '../memberships/memberships.repository.ts';
import { createOrganizationsRepository } from '../organizations/organizations.repository.ts';
import { createUsersRepository } from '../users/users.repository.ts';
import { createSetupRepository } from './setup.repository.ts';

/** First start: the first platform administrator and the first organization, once. No default password exists. */
export function createSetupService({ db, clock }: AppDeps) {
  return {
    isDone: () => createSetupRepository(db).isDone(),

    async run(input: SetupInput, meta: RequestMeta) {
      if (await createSetupRepository(db).isDone()) throw new AppError('setup.already_done', 409);
      if (!isStrongPassword(input.admin.password, input.admin.username))
        throw new AppError('auth.password_too_weak', 400);
      const uscc = input.organization.uscc ? input.organization.uscc.toUpperCase() : null;
      if (uscc && !isValidUscc(uscc)) {
        throw new AppError('organizations.uscc_invalid', 400, [{ path: 'body.organization.uscc' }]);
      }
      const passwordHash = await hashPassword(input.admin.password);
      const now = clock.now();
      const userId = newId();
      const organizationId = newId();
      try {
        await db.transaction().execute(async (trx) => {
          await createSetupRepository(trx).markDone(userId, now);
          await createUsersRepository(trx).insert({
            id: userId,
            username: input.admin.username,
            displayName: input.admin.displayName,
            passwordHash,
            isPlatformAdmin: 1,
            status: 'active',
            passwordChangedAt: now,
            createdAt: now,
            updatedAt: now,
          });
          const organization = {
            id: organizationId,
            parentId: null,
            path: `/${organizationId}/`,
            depth: 0,
            name: input.organization.name,
            shortName: input.organization.shortName || null,
            kind: input.organization.kind,
            regionCode: null,
            communityId: null,
            legalStatus: input.organization.legalStatus,
            uscc,
            contactName: null,
            contactPhone: null,
            address: null,
            description: null,
            createdAt: now,
            updatedAt: now,
          };
          await createOrganizationsRepository(trx).insert(organization);
          await createMembershipsRepository(trx).insert({
            id: newId(),
            userId,
            organizationId,
            role: 'org_admin',
            createdAt: now,
            createdBy: userId,
          });
          const context = { actor: null, meta, now };
          await recordAudit(trx, context, {
            action: 'setup.complete',
            entityType: 'installation',
            entityId: null,
            userId,
          });
          await recordAudit(trx, context, {
            action: 'organizations.create',
            entityType: 'organization',
            entityId: organizationId,
            after: organization,
            userId,
            scopePath: organization.path,
          });
        });
      } catch (error) {
        // A concurrent setup won the race for the installation row.
        if (await createSetupRepository(db).isDone()) throw new AppError('setup.already_done', 409);
        throw error;
      }
      return { userId, organizationId };
    },
  };
}
