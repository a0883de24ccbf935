import { sql } from 'kysely';
import { type Config, loadConfig } from '../config/config.ts';
import { createDb, type Db, type DbOptions } from '../db/create-db.ts';
import { CliError } from './cli-error.ts';

/** The configuration from the environment; an invalid variable is the user's to fix, so it is a CliError. */
export function loadCliConfig(env: NodeJS.ProcessEnv): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

/** Opens the configured database and proves it answers, so an unreachable PostgreSQL says so in one line. */
export async function openDatabase(config: Config, options: DbOptions = {}): Promise<Db> {
  const db = createDb(config.database, options);
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    const where = config.database.dialect === 'sqlite' ? config.database.file : 'DATABASE_URL';
    throw new CliError(`Cannot open the database (${where}): ${(error as Error).message}\n无法打开数据库。`);
  }
  return db;
}

/** Where the database lives, for messages: the SQLite file, or the PostgreSQL URL without its password. */
export function describeDatabase(config: Config): string {
  if (config.database.dialect === 'sqlite') return `SQLite ${config.database.file}`;
  const url = new URL(config.database.url);
  if (url.password) url.password = '***';
  return `PostgreSQL ${url.toString()}`;
}
