import { ROLES, type Role, textSchema, usernameSchema } from '@liandong/domain';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { newId } from '../lib/ids.ts';
import { hashPassword } from '../lib/passwords.ts';
import { insertMembership } from '../modules/memberships/insert-membership.ts';
import { createOrganizationsRepository } from '../modules/organizations/organizations.repository.ts';
import { createSetupRepository } from '../modules/setup/setup.repository.ts';
import { insertUser } from '../modules/users/insert-user.ts';
import { createUsersRepository } from '../modules/users/users.repository.ts';
import { CLI_AUDIT_META } from './cli-audit.ts';
import { loadCliConfig, openDatabase } from './cli-config.ts';
import { CliError } from './cli-error.ts';
import type { CliOutput } from './cli-output.ts';
import { parseOptions } from './parse-options.ts';
import { readNewPassword } from './read-password.ts';

const USAGE =
  'liandong user create --username U --display-name NAME [--platform-admin] [--org ORGANIZATION_ID --role ROLE]';

const usernameTaken = (username: string) => new CliError(`The username "${username}" is taken.`);

/**
 * `liandong user create`: an account made at the terminal, as a platform administrator and/or with a role in an
 * organization. The password comes from LIANDONG_PASSWORD or is typed; it is audited like a change made on the web.
 */
export async function userCreateCommand(args: string[], env: NodeJS.ProcessEnv, out: CliOutput): Promise<void> {
  const { values, positionals } = parseOptions(
    args,
    {
      username: { type: 'string' },
      'display-name': { type: 'string' },
      'platform-admin': { type: 'boolean', default: false },
      org: { type: 'string' },
      role: { type: 'string' },
    },
    USAGE,
  );
  if (positionals.length > 0) throw new CliError(`Unexpected argument: ${positionals[0]}\nUsage: ${USAGE}`);
  const username = usernameSchema.safeParse(values.username ?? '');
  if (!username.success) {
    throw new CliError(
      `--username must be 3–32 characters: lower-case letters, digits, "_", "." or "-", starting with a letter or digit.\nUsage: ${USAGE}`,
    );
  }
  const displayName = textSchema(50).safeParse(values['display-name'] ?? '');
  if (!displayName.success) throw new CliError(`--display-name is required (at most 50 characters).\nUsage: ${USAGE}`);
  if ((values.org === undefined) !== (values.role === undefined)) throw new CliError('Give --org and --role together.');
  if (values.role !== undefined && !ROLES.includes(values.role as Role)) {
    throw new CliError(`Unknown role "${values.role}". Roles: ${ROLES.join(', ')}`);
  }
  if (!values['platform-admin'] && values.org === undefined) {
    throw new CliError(
      `Give --platform-admin, or --org and --role: otherwise the user could sign in to nothing.\nUsage: ${USAGE}`,
    );
  }

  const config = loadCliConfig(env);
  const db = await openDatabase(config);
  try {
    if (!(await createSetupRepository(db).isDone())) {
      throw new CliError(
        'Setup is not done yet: start `liandong serve` and complete it in the browser first.\n尚未完成初始设置。',
      );
    }
    const users = createUsersRepository(db);
    if (await users.findByUsername(username.data)) throw usernameTaken(username.data);
    const organization = values.org ? await createOrganizationsRepository(db).findById(values.org) : undefined;
    if (values.org && !organization) throw new CliError(`No organization has the id ${values.org}.`);

    const password = await readNewPassword(username.data, env);
    const user = {
      id: newId(),
      username: username.data,
      displayName: displayName.data,
      passwordHash: await hashPassword(password),
      isPlatformAdmin: values['platform-admin'],
    };
    // The same helpers as setup and "add a new member" on the web, so the audit trail reads the same either way.
    const context = { actor: null, meta: CLI_AUDIT_META, now: Date.now() };
    try {
      await db.transaction().execute(async (trx) => {
        await insertUser(trx, context, user, organization?.path ?? null);
        if (organization && values.role)
          await insertMembership(trx, context, organization, user.id, values.role as Role);
      });
    } catch (error) {
      // Someone took the username between the check above and the insert.
      if (isUniqueViolation(error)) throw usernameTaken(username.data);
      throw error;
    }
    out.info(`Created user / 已创建用户 ${user.username} (${user.displayName})`);
    if (user.isPlatformAdmin) out.info('  platform administrator / 平台管理员');
    if (organization) out.info(`  ${values.role} in / 所属组织: ${organization.name}`);
  } finally {
    await db.destroy();
  }
}
