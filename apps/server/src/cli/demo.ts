import { buildApp } from '../app.ts';
import type { Config } from '../config/config.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { demoLoginsFile, formatDemoLogins, readDemoLogins, writeDemoLogins } from '../demo/demo-logins.ts';
import { generateDemoPassword } from '../demo/demo-password.ts';
import { generateDemoData } from '../demo/generate-demo-data.ts';
import { createSetupRepository } from '../modules/setup/setup.repository.ts';
import { loadCliConfig, openDatabase } from './cli-config.ts';
import { CliError } from './cli-error.ts';
import type { CliOutput } from './cli-output.ts';
import { acquireDatabaseLock } from './pid-lock.ts';
import { resolveCliMasterKey, serve } from './serve.ts';

export const DEFAULT_DEMO_DATA_DIR = './data-demo';

/**
 * `liandong demo`: a separate SQLite database (./data-demo unless LIANDONG_DATA_DIR says otherwise; never
 * DATABASE_URL, so a real database is never filled with demo data), generated on first run and reused afterwards,
 * then served like `serve`. Prints the demo logins every time.
 */
export async function demoCommand(env: NodeJS.ProcessEnv, out: CliOutput): Promise<void> {
  if (env.DATABASE_URL)
    out.warn('The demo ignores DATABASE_URL and uses its own SQLite database. / 演示不使用 DATABASE_URL。');
  const config = loadCliConfig({
    ...env,
    DATABASE_URL: undefined,
    LIANDONG_DATA_DIR: env.LIANDONG_DATA_DIR || DEFAULT_DEMO_DATA_DIR,
  });
  if (config.database.dialect !== 'sqlite') throw new CliError('The demo runs on SQLite only.');
  out.info(`Demo database / 演示数据库: ${config.database.file}`);
  // Like DATABASE_URL, a real installation's LIANDONG_MASTER_KEY is not the demo's: its key lives in its data dir.
  config.masterKey = resolveCliMasterKey(config, { ...env, LIANDONG_MASTER_KEY: undefined }, out);

  const logins = await prepareDemoDatabase(config, config.database.file, out);
  await serve(config, env, out, [
    '',
    'This is the DEMO database: invented people and organizations. / 这是演示数据库，人员与组织均为虚构。',
    `Demo logins / 演示账号 (this demo database only; also in ${demoLoginsFile(config.dataDir)}):`,
    '',
    logins,
    '',
  ]);
}

/** Generates the demo data unless this directory already holds it; returns the logins table. */
async function prepareDemoDatabase(config: Config, databaseFile: string, out: CliOutput): Promise<string> {
  // Held while generating, so no server or restore touches the half-filled database; serve() takes it again.
  const release = acquireDatabaseLock(databaseFile);
  try {
    const db = await openDatabase(config);
    try {
      await migrateToLatest(db);
      if (await createSetupRepository(db).isDone()) return savedLogins(config.dataDir, out);
      out.info('Generating demo data through the API… / 正在生成演示数据…');
      const app = await buildApp({ db, config: { ...config, logLevel: 'silent', requireAuditOnWrites: true } });
      try {
        const logins = await generateDemoData(app, { password: generateDemoPassword() }).catch((error: Error) => {
          throw new CliError(
            `Generating the demo data failed: ${error.message}\nDelete ${config.dataDir} before running the demo again.`,
          );
        });
        writeDemoLogins(config.dataDir, logins);
        return formatDemoLogins(logins);
      } finally {
        await app.close();
      }
    } finally {
      await db.destroy();
    }
  } finally {
    release();
  }
}

/** The logins saved when this directory's demo data was generated; refuses a database the demo did not make. */
function savedLogins(dataDir: string, out: CliOutput): string {
  const saved = readDemoLogins(dataDir);
  if (saved === null) {
    throw new CliError(
      [
        `${dataDir} holds a Liandong database that \`liandong demo\` did not create (or whose generation stopped halfway).`,
        'Serve a real database with `liandong serve`; for the demo, point LIANDONG_DATA_DIR at an empty directory or delete this one.',
        '该目录中的数据库不是演示数据库。',
      ].join('\n'),
    );
  }
  out.info('Reusing the demo data generated earlier. / 使用已生成的演示数据。');
  return saved.split('\n').slice(2).join('\n').trimEnd();
}
