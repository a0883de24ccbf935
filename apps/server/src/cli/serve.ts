import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { buildApp } from '../app.ts';
import type { Config } from '../config/config.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { createSetupRepository } from '../modules/setup/setup.repository.ts';
import { prepareImportWorkers } from '../modules/volunteer-imports/import-workers.ts';
import { resolveMasterKey } from '../secrets/master-key.ts';
import { describeDatabase, loadCliConfig, openDatabase } from './cli-config.ts';
import { CliError } from './cli-error.ts';
import type { CliOutput } from './cli-output.ts';
import { openBrowser } from './open-browser.ts';
import { acquireDatabaseLock } from './pid-lock.ts';

/** `liandong serve`: migrates the database, then serves the API and the web app until SIGINT or SIGTERM. */
export async function serveCommand(env: NodeJS.ProcessEnv, out: CliOutput): Promise<void> {
  await serve(loadCliConfig(env), env, out);
}

/**
 * Serves `config`'s database; `demo` calls this too once its data is in place. For SQLite the process holds the
 * pid lock from before migrating until it exits, so `restore` cannot swap the file underneath it.
 */
export async function serve(config: Config, env: NodeJS.ProcessEnv, out: CliOutput, banner: string[] = []) {
  config.masterKey ??= resolveCliMasterKey(config, env, out);
  const release = config.database.dialect === 'sqlite' ? acquireDatabaseLock(config.database.file) : () => {};
  let db: Awaited<ReturnType<typeof openDatabase>> | undefined;
  try {
    db = await openDatabase(config, { backgroundCheckpoints: true });
    for (const name of await migrateToLatest(db)) out.info(`Applied migration / 已应用迁移: ${name}`);
    const app = await buildApp({ db, config });
    try {
      await app.listen({ host: config.host, port: config.port });
    } catch (error) {
      await app.close();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE')
        throw new CliError(`Port ${config.port} is in use; set PORT to another. / 端口已被占用。`);
      throw error;
    }
    // In the background, while nobody has uploaded anything yet: the first big roster then starts reading at once.
    void prepareImportWorkers();
    const url = `http://localhost:${(app.server.address() as AddressInfo).port}`;
    const setupDone = await createSetupRepository(db).isDone();
    out.info('');
    out.info(`Liandong 联动 is running at / 已启动: ${url}`);
    out.info(`Database / 数据库: ${describeDatabase(config)}`);
    if (!hasWebApp(config))
      out.warn('The web app is not built, so only /api answers; run `npm start` from the repository root to build it.');
    for (const line of banner) out.info(line);
    if (!setupDone) {
      const setupUrl = `${url}/setup`;
      out.info(`First start: open ${setupUrl} to create the platform administrator and the first organization.`);
      out.info(`首次启动：请在浏览器打开 ${setupUrl} 创建平台管理员和第一个组织。`);
      if (openBrowser(setupUrl, env)) out.info('Opening it in your browser… / 正在打开浏览器…');
    }
    out.info('Press Ctrl+C to stop. / 按 Ctrl+C 停止。');

    const database = db;
    let stopping = false;
    const stop = async (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      out.info(`\n${signal}: stopping… / 正在停止…`);
      try {
        await app.close();
        await database.destroy();
      } finally {
        release();
        process.exit(0);
      }
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    await db?.destroy().catch(() => {});
    release();
    throw error;
  }
}

/**
 * The master key for `config`: LIANDONG_MASTER_KEY, else `<dataDir>/master.key` (generated on first start, with a
 * warning to back it up). A bad variable or key file is the user's to fix, so it is a CliError.
 */
export function resolveCliMasterKey(config: Config, env: NodeJS.ProcessEnv, out: CliOutput): Buffer {
  try {
    return resolveMasterKey({ env, dataDir: config.dataDir, log: (message) => out.warn(message) });
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

function hasWebApp(config: Config): boolean {
  const dist = config.webDist ?? path.resolve(import.meta.dirname, '../../../web/dist');
  return fs.existsSync(path.join(dist, 'index.html'));
}
