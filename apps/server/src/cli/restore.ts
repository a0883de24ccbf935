import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { migrationNames } from '../db/migrator.ts';
import { loadCliConfig } from './cli-config.ts';
import { CliError } from './cli-error.ts';
import type { CliOutput } from './cli-output.ts';
import { parseOptions } from './parse-options.ts';
import { acquireDatabaseLock, heldByMessage, lockHolder } from './pid-lock.ts';
import { inspectLiandongDatabase, snapshotSqlite } from './sqlite-files.ts';

const USAGE = 'liandong restore FILE';

/**
 * `liandong restore FILE`: replaces the embedded database with a backup. Refuses while a server holds the
 * database, and refuses anything that is not a sound Liandong database; the database it replaces is kept beside it.
 */
export async function restoreCommand(
  args: string[],
  env: NodeJS.ProcessEnv,
  out: CliOutput,
  now = new Date(),
): Promise<void> {
  const { positionals } = parseOptions(args, {}, USAGE);
  if (positionals.length !== 1) throw new CliError(`Give the backup file to restore.\nUsage: ${USAGE}`);
  const config = loadCliConfig(env);
  const source = path.resolve(positionals[0]!);
  if (config.database.dialect === 'postgres') {
    throw new CliError(
      [
        'This installation uses PostgreSQL: restore a pg_dump backup with pg_restore, for example',
        `  pg_restore --clean --if-exists --no-owner --dbname "$DATABASE_URL" ${JSON.stringify(source)}`,
        '本系统使用 PostgreSQL，请停止服务后用上面的 pg_restore 命令恢复。Nothing was changed.',
      ].join('\n'),
      2,
    );
  }
  const databaseFile = config.database.file;
  const holder = lockHolder(databaseFile);
  if (holder !== null) throw new CliError(`Cannot restore now.\n${heldByMessage(databaseFile, holder)}`);
  if (!fs.existsSync(source)) throw new CliError(`There is no file at ${source}. / 备份文件不存在。`);
  if (source === databaseFile) throw new CliError('That file is the database itself.');
  const migrations = inspectLiandongDatabase(source);
  const unknown = migrations.filter((name) => !migrationNames.includes(name));
  if (unknown.length > 0) {
    throw new CliError(
      `${source} comes from a newer Liandong (migrations ${unknown.join(', ')}); upgrade Liandong first. / 备份来自更新的版本。`,
    );
  }

  // Held for the whole swap, so a server cannot start on a half-replaced database.
  const release = acquireDatabaseLock(databaseFile);
  try {
    const staged = `${databaseFile}.restoring`;
    await snapshotSqlite(source, staged, { readonly: true });
    const keptAs = fs.existsSync(databaseFile) ? setAside(databaseFile, now) : null;
    fs.rmSync(`${databaseFile}-shm`, { force: true });
    fs.renameSync(staged, databaseFile);
    out.info(`Restored / 已恢复 ${databaseFile}`);
    out.info(`  from / 来自 ${source} (${migrations.length} migrations applied in it)`);
    if (keptAs) out.info(`  the database it replaced was kept as / 原数据库已保存为 ${keptAs}`);
    out.info('Start the server again with / 重新启动: liandong serve');
  } finally {
    release();
  }
}

/**
 * Moves the current database aside as liandong.db.before-restore-<timestamp>. Its write-ahead log is folded in
 * first; should that fail (a damaged database is often why one restores), the log is moved along with it.
 */
function setAside(databaseFile: string, now: Date): string {
  const keptAs = `${databaseFile}.before-restore-${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}`;
  try {
    const current = new SqliteDatabase(databaseFile, { fileMustExist: true });
    current.pragma('wal_checkpoint(TRUNCATE)');
    current.close();
  } catch {
    // Keep going: the -wal file travels with the old database below.
  }
  fs.renameSync(databaseFile, keptAs);
  if (fs.existsSync(`${databaseFile}-wal`)) fs.renameSync(`${databaseFile}-wal`, `${keptAs}-wal`);
  return keptAs;
}
