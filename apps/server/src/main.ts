import path from 'node:path';
import { backupCommand } from './cli/backup.ts';
import { CliError } from './cli/cli-error.ts';
import { type CliOutput, consoleOutput } from './cli/cli-output.ts';
import { demoCommand } from './cli/demo.ts';
import { HELP_TEXT } from './cli/help.ts';
import { migrateCommand } from './cli/migrate.ts';
import { restoreCommand } from './cli/restore.ts';
import { serveCommand } from './cli/serve.ts';
import { userCreateCommand } from './cli/user-create.ts';
import { userResetPasswordCommand } from './cli/user-reset-password.ts';

type Command = (args: string[], env: NodeJS.ProcessEnv, out: CliOutput) => Promise<void>;

const COMMANDS: Record<string, Command> = {
  serve: (_args, env, out) => serveCommand(env, out),
  migrate: (_args, env, out) => migrateCommand(env, out),
  demo: (_args, env, out) => demoCommand(env, out),
  backup: backupCommand,
  restore: restoreCommand,
  user: (args, env, out) => {
    const [sub, ...rest] = args;
    if (sub === 'create') return userCreateCommand(rest, env, out);
    if (sub === 'reset-password') return userResetPasswordCommand(rest, env, out);
    throw new CliError('Usage: liandong user create … | liandong user reset-password USERNAME');
  },
  help: async (_args, _env, out) => out.info(HELP_TEXT),
};

// `npm run … -w apps/server` runs in the package folder; relative paths (./data, backup files) should mean
// where the person typed the command, as they do with `npx liandong`.
const packageDir = path.resolve(import.meta.dirname, '..');
if (process.env.INIT_CWD && process.cwd() === packageDir) process.chdir(process.env.INIT_CWD);

const [name = 'help', ...args] = process.argv.slice(2);
const command = COMMANDS[name === '--help' || name === '-h' ? 'help' : name];
try {
  if (!command) throw new CliError(`Unknown command "${name}". Run \`liandong help\` for the list. / 未知命令。`);
  await command(args, process.env, consoleOutput);
} catch (error) {
  if (error instanceof CliError) {
    consoleOutput.warn(`Error: ${error.message}`);
    process.exitCode = error.exitCode;
  } else {
    // Not the user's doing: the one case where the stack helps whoever fixes it.
    consoleOutput.warn(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  }
}
