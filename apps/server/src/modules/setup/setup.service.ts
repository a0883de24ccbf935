import { isStrongPassword, isValidUscc, type SetupInput } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { insertMembership } from '../memberships/insert-membership.ts';
import { insertOrganization, newOrganizationRow } from '../organizations/insert-organization.ts';
import { insertUser } from '../users/insert-user.ts';
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
      const userId = newId();
      // Nobody is signed in yet: every event of the setup is the new administrator's.
      const context = { actor: null, meta, now: clock.now(), userId };
      const organization = newOrganizationRow(
        newId(),
        null,
        {
          name: input.organization.name,
          shortName: input.organization.shortName || null,
          kind: input.organization.kind,
          legalStatus: input.organization.legalStatus,
          uscc,
        },
        context.now,
      );
      try {
        await db.transaction().execute(async (trx) => {
          // First, so a concurrent second setup fails on the installation row before anything else.
          await createSetupRepository(trx).markDone(userId, context.now);
          await recordAudit(trx, context, { action: 'setup.complete', entityType: 'installation', entityId: null });
          const { username, displayName } = input.admin;
          await insertUser(
            trx,
            context,
            { id: userId, username, displayName, passwordHash, isPlatformAdmin: true },
            null,
          );
          await insertOrganization(trx, context, organization);
          await insertMembership(trx, context, organization, userId, 'org_admin');
        });
      } catch (error) {
        // A concurrent setup won the race for the installation row.
        if (await createSetupRepository(db).isDone()) throw new AppError('setup.already_done', 409);
        throw error;
      }
      return { userId, organizationId: organization.id };
    },
  };
}
