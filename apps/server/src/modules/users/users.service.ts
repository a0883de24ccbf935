import { isStrongPassword, type User } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { commonAncestorPath } from '../organizations/organization-paths.ts';
import { scopePathOf } from '../organizations/organizations.policy.ts';
import { findUserFor } from './find-user.ts';
import { replacePassword } from './replace-password.ts';
import { canResetPassword } from './users.policy.ts';
import { createUsersRepository, type UserRow } from './users.repository.ts';

export interface UserListQuery {
  q?: string | undefined;
  page: number;
  pageSize: number;
}

const presentUser = (row: Pick<UserRow, keyof User | 'isPlatformAdmin'>): User => ({
  id: row.id,
  username: row.username,
  displayName: row.displayName,
  isPlatformAdmin: row.isPlatformAdmin === 1,
  status: row.status,
  createdAt: row.createdAt,
});

export function createUsersService({ db, clock }: AppDeps) {
  const users = createUsersRepository(db);

  return {
    async list(actor: Actor, query: UserListQuery) {
      const { items, total } = await users.list({ ...query, scopePath: scopePathOf(actor) });
      return { items: items.map(presentUser), total, page: query.page, pageSize: query.pageSize };
    },

    /**
     * An administrator's reset: no current password needed, so it is refused on oneself (the profile page changes
     * one's own), and it signs the user out everywhere.
     */
    async resetPassword(actor: Actor, userId: string, newPassword: string, meta: RequestMeta) {
      const { user, membershipPaths } = await findUserFor(db, actor, userId, canResetPassword);
      if (user.id === actor.userId) throw new AppError('auth.forbidden', 403);
      if (!isStrongPassword(newPassword, user.username))
        throw new AppError('auth.password_too_weak', 400, [{ path: 'body.newPassword' }]);
      const passwordHash = await hashPassword(newPassword);

      const now = clock.now();
      await db.transaction().execute((trx) =>
        replacePassword(
          trx,
          { actor, meta, now },
          {
            action: 'users.reset_password',
            userId: user.id,
            previousHash: user.passwordHash,
            passwordHash,
            // The administrators of every organization the user belongs to see the event (platform only if none).
            scopePath: commonAncestorPath(membershipPaths),
          },
        ),
      );
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
