import { hashPassword } from '../lib/passwords.ts';
import { createLoginThrottle } from '../modules/auth/login-throttle.ts';
import { createMembershipsRepository } from '../modules/memberships/memberships.repository.ts';
import { commonAncestorPath } from '../modules/organizations/organization-paths.ts';
import { replacePassword } from '../modules/users/replace-password.ts';
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
    const memberships = await createMembershipsRepository(db).listForUser(user.id);
    await db.transaction().execute(async (trx) => {
      // Recorded exactly as an administrator's reset on the web, filed where that one is filed too.
      await replacePassword(
        trx,
        { actor: null, meta: CLI_AUDIT_META, now: Date.now() },
        {
          action: 'users.reset_password',
          userId: user.id,
          previousHash: user.passwordHash,
          passwordHash,
          scopePath: commonAncestorPath(memberships.map((membership) => membership.organizationPath)),
        },
      );
      // A locked-out user must be able to sign in with the new password at once: the same clearing a correct
      // password does at sign-in.
      await createLoginThrottle(trx, config.login).recordSuccess(user.username);
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
