import { isStrongPassword, type Membership, type Role } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findOrganizationFor } from '../organizations/find-organization.ts';
import { createOrganizationsRepository } from '../organizations/organizations.repository.ts';
import { findUserFor } from '../users/find-user.ts';
import { insertUser } from '../users/insert-user.ts';
import { canSeeUser } from '../users/users.policy.ts';
import { createUsersRepository } from '../users/users.repository.ts';
import { insertMembership } from './insert-membership.ts';
import { canManageMembers, canReadMembers, canRemoveLastAdmin } from './memberships.policy.ts';
import { createMembershipsRepository } from './memberships.repository.ts';

export interface NewMemberInput {
  username: string;
  displayName: string;
  password: string;
  role: Role;
}

const duplicate = () => new AppError('memberships.duplicate', 409);
const usernameTaken = () => new AppError('users.username_taken', 409, [{ path: 'body.username' }]);

export function createMembershipsService({ db, clock }: AppDeps) {
  const memberships = createMembershipsRepository(db);
  const users = createUsersRepository(db);

  async function present(id: string): Promise<Membership> {
    const row = await memberships.findWithUser(id);
    if (!row) throw new AppError('memberships.not_found', 404);
    return row;
  }

  return {
    async list(actor: Actor, organizationId: string) {
      await findOrganizationFor(db, actor, organizationId, canReadMembers);
      return { items: await memberships.listForOrganization(organizationId) };
    },

    /** Gives an existing user a role here; the user must already be visible to the actor. */
    async add(actor: Actor, organizationId: string, input: { userId: string; role: Role }, meta: RequestMeta) {
      const organization = await findOrganizationFor(db, actor, organizationId, canManageMembers);
      const { user } = await findUserFor(db, actor, input.userId, canSeeUser, [{ path: 'body.userId' }]);
      if (await memberships.exists(user.id, organization.id, input.role)) throw duplicate();

      const now = clock.now();
      let id: string;
      try {
        id = await db
          .transaction()
          .execute((trx) => insertMembership(trx, { actor, meta, now }, organization, user.id, input.role));
      } catch (error) {
        // Two administrators adding the same role at once: the unique index lets one through.
        throw isUniqueViolation(error) ? duplicate() : error;
      }
      return present(id);
    },

    /** Creates the account and its membership together, as an administrator does for a new colleague. */
    async addNewUser(actor: Actor, organizationId: string, input: NewMemberInput, meta: RequestMeta) {
      const organization = await findOrganizationFor(db, actor, organizationId, canManageMembers);
      if (!isStrongPassword(input.password, input.username))
        throw new AppError('auth.password_too_weak', 400, [{ path: 'body.password' }]);
      if (await users.findByUsername(input.username)) throw usernameTaken();
      const passwordHash = await hashPassword(input.password);

      const context = { actor, meta, now: clock.now() };
      const user = {
        id: newId(),
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        isPlatformAdmin: false,
      };
      let id: string;
      try {
        id = await db.transaction().execute(async (trx) => {
          await insertUser(trx, context, user, organization.path);
          return insertMembership(trx, context, organization, user.id, input.role);
        });
      } catch (error) {
        // The one unique value a brand-new user and membership can collide on is the username.
        throw isUniqueViolation(error) ? usernameTaken() : error;
      }
      return present(id);
    },

    async remove(actor: Actor, organizationId: string, membershipId: string, meta: RequestMeta) {
      const organization = await findOrganizationFor(db, actor, organizationId, canManageMembers);
      const membership = await memberships.findById(membershipId);
      if (!membership || membership.organizationId !== organization.id)
        throw new AppError('memberships.not_found', 404);

      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        // Two removals at once must not each see the other administrator still there and both go through.
        await createOrganizationsRepository(trx).lockForUpdate(organization.id);
        const repository = createMembershipsRepository(trx);
        const guardsAdmin =
          membership.role === 'org_admin' &&
          organization.id === actor.actingOrganization?.id &&
          !canRemoveLastAdmin(actor);
        if (guardsAdmin && (await repository.countWithRole(organization.id, 'org_admin')) <= 1)
          throw new AppError('memberships.last_admin', 409);
        await repository.delete(membership.id);
        await recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'memberships.delete',
            entityType: 'membership',
            entityId: membership.id,
            before: membership,
            scopePath: organization.path,
          },
        );
      });
    },
  };
}

export type MembershipsService = ReturnType<typeof createMembershipsService>;
