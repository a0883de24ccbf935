import { migrateToLatest } from '../db/migrator.ts';
import { describeDatabase, loadCliConfig, openDatabase } from './cli-config.ts';
import type { CliOutput } from './cli-output.ts';

/** `liandong migrate`: applies every pending migration and names what it applied. */
export async function migrateCommand(env: NodeJS.ProcessEnv, out: CliOutput): Promise<void> {
  const config = loadCliConfig(env);
  const db = await openDatabase(config);
  try {
    out.info(`Database / 数据库: ${describeDatabase(config)}`);
    const applied = await migrateToLatest(db);
    if (applied.length === 0) out.info('Already up to date. / 数据库已是最新。');
    else for (const name of applied) out.info(`Applied migration / 已应用迁移: ${name}`);
  } finally {
    await db.destroy();
  }
}
