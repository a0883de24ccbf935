import { isStrongPassword, permissionsOf, type Session } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../lib/passwords.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createMembershipsRepository } from '../memberships/memberships.repository.ts';
import { createOrganizationsRepository } from '../organizations/organizations.repository.ts';
import { replacePassword } from '../users/replace-password.ts';
import { createUsersRepository } from '../users/users.repository.ts';
import { createLoginThrottle } from './login-throttle.ts';
import { newToken, sessionIdOf } from './session-tokens.ts';
import { createSessionsRepository } from './sessions.repository.ts';

// Touching last_seen_at on every request would turn every read into a write.
const TOUCH_INTERVAL_MS = 60_000;

export function createAuthService({ db, config, clock }: AppDeps) {
  const sessions = createSessionsRepository(db);
  const users = createUsersRepository(db);
  const memberships = createMembershipsRepository(db);
  const throttle = createLoginThrottle(db, config.login);

  return {
    /** Checks the password and opens a session; returns the cookie token and the CSRF token bound to it. */
    async login(username: string, password: string, meta: RequestMeta) {
      const now = clock.now();
      await throttle.admit(username, meta.ip, now);
      const user = await users.findByUsername(username);
      const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
      if (!user || !valid) {
        await throttle.recordFailure(meta.ip, now);
        await db
          .transaction()
          .execute((trx) =>
            recordAudit(
              trx,
              { actor: null, meta, now },
              { action: 'auth.login_failed', entityType: 'user', entityId: user?.id ?? null },
            ),
          );
        throw new AppError('auth.invalid_credentials', 401);
      }
      await throttle.recordSuccess(username);
      if (user.status !== 'active') throw new AppError('auth.user_disabled', 403);

      const token = newToken();
      const csrfToken = newToken();
      const first = (await memberships.listForUser(user.id))[0];
      await db.transaction().execute(async (trx) => {
        await createSessionsRepository(trx).insert({
          id: sessionIdOf(token),
          userId: user.id,
          csrfToken,
          actingOrganizationId: first?.organizationId ?? null,
          createdAt: now,
          lastSeenAt: now,
          expiresAt: now + config.session.maxMs,
          revokedAt: null,
          ip: meta.ip,
          userAgent: meta.userAgent,
        });
        await recordAudit(
          trx,
          { actor: null, meta, now },
          { action: 'auth.login', entityType: 'user', entityId: user.id, userId: user.id },
        );
      });
      return { token, csrfToken };
    },

    /** The actor behind a session cookie, or null when the session is unknown, revoked, idle or expired. */
    async resolveActor(token: string): Promise<Actor | null> {
      const now = clock.now();
      const row = await sessions.findLiveWithUser(sessionIdOf(token), now);
      if (!row || now - row.lastSeenAt > config.session.idleMs || row.status !== 'active') return null;
      if (now - row.lastSeenAt > TOUCH_INTERVAL_MS) await sessions.touch(row.id, now);

      const organization =
        row.organizationId && row.organizationPath && row.organizationName
          ? { id: row.organizationId, path: row.organizationPath, name: row.organizationName }
          : null;
      const roles = organization ? await memberships.rolesIn(row.userId, organization.id) : [];
      return {
        userId: row.userId,
        username: row.username,
        displayName: row.displayName,
        isPlatformAdmin: row.isPlatformAdmin === 1,
        sessionId: row.id,
        csrfToken: row.csrfToken,
        actingOrganization: organization,
        roles,
        permissions: permissionsOf(roles),
      };
    },

    async logout(actor: Actor, meta: RequestMeta) {
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await createSessionsRepository(trx).revoke(actor.sessionId, now);
        await recordAudit(
          trx,
          { actor, meta, now },
          { action: 'auth.logout', entityType: 'user', entityId: actor.userId },
        );
      });
    },

    /** What the web app needs to draw itself for this user. */
    async describeSession(actor: Actor): Promise<Session> {
      const rows = await memberships.listForUser(actor.userId);
      const byOrganization = new Map<string, Session['memberships'][number]>();
      for (const row of rows) {
        const entry = byOrganization.get(row.organizationId) ?? {
          organizationId: row.organizationId,
          organizationName: row.organizationName,
          organizationShortName: row.organizationShortName,
          organizationKind: row.organizationKind,
          roles: [],
        };
        entry.roles.push(row.role);
        byOrganization.set(row.organizationId, entry);
      }
      return {
        user: {
          id: actor.userId,
          username: actor.username,
          displayName: actor.displayName,
          isPlatformAdmin: actor.isPlatformAdmin,
        },
        memberships: [...byOrganization.values()],
        actingOrganizationId: actor.actingOrganization?.id ?? null,
        permissions: [...actor.permissions],
        csrfToken: actor.csrfToken,
      };
    },

    /** Switches the organization the user acts for; a platform administrator may act for any organization. */
    async setActingOrganization(actor: Actor, organizationId: string, meta: RequestMeta) {
      const organization = await createOrganizationsRepository(db).findById(organizationId);
      const roles = organization ? await memberships.rolesIn(actor.userId, organizationId) : [];
      if (!organization || (roles.length === 0 && !actor.isPlatformAdmin)) throw new AppError('auth.not_a_member', 404);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await createSessionsRepository(trx).setActingOrganization(actor.sessionId, organizationId);
        await recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'auth.switch_organization',
            entityType: 'session',
            entityId: null,
            before: { actingOrganizationId: actor.actingOrganization?.id ?? null },
            after: { actingOrganizationId: organizationId },
          },
        );
      });
    },

    /** The user's own change: needs the current password; ends the user's other sessions. */
    async changePassword(actor: Actor, currentPassword: string, newPassword: string, meta: RequestMeta) {
      const user = await users.findById(actor.userId);
      if (!user || !(await verifyPassword(user.passwordHash, currentPassword)))
        throw new AppError('auth.wrong_password', 400);
      if (!isStrongPassword(newPassword, user.username)) throw new AppError('auth.password_too_weak', 400);
      const passwordHash = await hashPassword(newPassword);
      const now = clock.now();
      await db.transaction().execute((trx) =>
        replacePassword(
          trx,
          { actor, meta, now },
          {
            action: 'users.change_password',
            userId: user.id,
            previousHash: user.passwordHash,
            passwordHash,
            keepSessionId: actor.sessionId,
          },
        ),
      );
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
