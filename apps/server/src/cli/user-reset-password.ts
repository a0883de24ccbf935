import { hashPassword } from '../lib/passwords.ts';
import { recordAudit } from '../modules/audit/record-audit.ts';
import { createLoginThrottleRepository } from '../modules/auth/login-throttle.repository.ts';
import { createSessionsRepository } from '../modules/auth/sessions.repository.ts';
import { createMembershipsRepository } from '../modules/memberships/memberships.repository.ts';
import { createUsersRepository } from '../modules/users/users.repository.ts';
import { CLI_AUDIT_META } from './cli-audit.ts';
import { loadCliConfig, openDatabase } from './cli-config.ts';
import { CliError } from './cli-error.ts';
import type { CliOutput } from './cli-output.ts';
import { parseOptions } from './parse-options.ts';
import { readNewPassword } from './read-password.ts';

const USAGE = 'liandong user reset-password USERNAME';

/**
 * `liandong user reset-password`: the way back in when every administrator has forgotten their password.
 * Ends the user's sessions and lifts a sign-in lockout, and records the reset in the audit trail.
 */
export async function userResetPasswordCommand(args: string[], env: NodeJS.ProcessEnv, out: CliOutput): Promise<void> {
  const { positionals } = parseOptions(args, {}, USAGE);
  if (positionals.length !== 1) throw new CliError(`Give exactly one username.\nUsage: ${USAGE}`);
  const config = loadCliConfig(env);
  const db = await openDatabase(config);
  try {
    const user = await createUsersRepository(db).findByUsername(positionals[0]!.trim());
    if (!user) throw new CliError(`No user is called "${positionals[0]}". / 用户不存在。`);
    const password = await readNewPassword(user.username, env);
    const passwordHash = await hashPassword(password);
    const now = Date.now();
    // Filed under the user's first organization so its administrators see the reset too.
    const [firstMembership] = await createMembershipsRepository(db).listForUser(user.id);
    await db.transaction().execute(async (trx) => {
      await createUsersRepository(trx).updatePassword(user.id, passwordHash, now);
      await createSessionsRepository(trx).revokeAllForUser(user.id, now);
      await createLoginThrottleRepository(trx).clear(`user:${user.username}`);
      await recordAudit(
        trx,
        { actor: null, meta: CLI_AUDIT_META, now },
        {
          action: 'users.reset_password',
          entityType: 'user',
          entityId: user.id,
          before: { password: 'x' },
          after: { password: 'y' },
          userId: null,
          scopePath: firstMembership?.organizationPath ?? null,
        },
      );
    });
    out.info(
      `Password reset for / 已重置密码: ${user.username} (${user.displayName}); their sessions were signed out.`,
    );
    if (user.status === 'disabled')
      out.warn('Note: this account is disabled and still cannot sign in. / 该账号已停用。');
  } finally {
    await db.destroy();
  }
}
