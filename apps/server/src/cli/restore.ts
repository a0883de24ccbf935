import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { migrationNames } from '../db/migrator.ts';
import { MASTER_KEY_FILE, parseMasterKey, writeMasterKeyFile } from '../secrets/master-key.ts';
import { backupKeyFileFor, readKeyFileForCli } from './backup.ts';
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
 * The backup's master key (FILE.master.key) is put in place when the data directory has none, and the restore is
 * refused when a different key is already in use there.
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
        `Put the master key that goes with the dump at ${path.join(config.dataDir, MASTER_KEY_FILE)} (or in LIANDONG_MASTER_KEY).`,
        '本系统使用 PostgreSQL，请停止服务后用上面的 pg_restore 命令恢复，并放回与备份对应的主密钥文件。Nothing was changed.',
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

  const keyPlan = planMasterKey(source, config.dataDir, env);

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
    putMasterKeyInPlace(keyPlan, out);
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

type MasterKeyPlan =
  | { action: 'write'; key: Buffer; from: string; to: string }
  | { action: 'keep'; at: string }
  | { action: 'missing'; expected: string; to: string };

/**
 * Decides, before anything changes, what becomes of the backup's master key. Refuses when the data directory (or
 * LIANDONG_MASTER_KEY) already holds a different key: either choice would leave one database's encrypted ID and
 * phone numbers unreadable, so the person must choose.
 */
function planMasterKey(source: string, dataDir: string, env: NodeJS.ProcessEnv): MasterKeyPlan {
  const from = backupKeyFileFor(source);
  const to = path.join(dataDir, MASTER_KEY_FILE);
  const backupKey = readKeyFileForCli(from);
  if (backupKey === null) return { action: 'missing', expected: from, to };
  const envValue = env.LIANDONG_MASTER_KEY?.trim();
  const inUse = envValue ? parseMasterKey(envValue) : readKeyFileForCli(to);
  const where = envValue ? 'LIANDONG_MASTER_KEY' : to;
  if (inUse === null) {
    if (envValue)
      throw new CliError('LIANDONG_MASTER_KEY is not a valid master key; fix it first. Nothing was changed.');
    return { action: 'write', key: backupKey, from, to };
  }
  if (inUse.equals(backupKey)) return { action: 'keep', at: where };
  throw new CliError(
    [
      `The backup's master key (${from}) differs from the one in use (${where}). Nothing was changed.`,
      "The restored database's encrypted ID and phone numbers can only be read with the backup's key, while",
      'the current one may be the only key for data encrypted since. Keep the current key safe (e.g. move it',
      'aside with the current database), then restore again, or restore into an empty LIANDONG_DATA_DIR.',
      '备份中的主密钥与当前使用的主密钥不同，未做任何更改。请先妥善保存当前主密钥（例如与当前数据库一起移走），',
      '再重新恢复，或恢复到一个空的数据目录。',
    ].join('\n'),
  );
}

function putMasterKeyInPlace(plan: MasterKeyPlan, out: CliOutput) {
  if (plan.action === 'keep') {
    out.info(`  master key / 主密钥: the one in ${plan.at} matches the backup's / 与备份一致`);
  } else if (plan.action === 'write') {
    if (!writeMasterKeyFile(plan.to, plan.key)) {
      throw new CliError(`${plan.to} appeared during the restore; copy ${plan.from} there yourself if it differs.`);
    }
    out.info(`  master key / 主密钥 ${plan.to} (from / 来自 ${plan.from})`);
  } else {
    out.warn(`There is no master key beside the backup (${plan.expected}). If the database holds encrypted ID or`);
    out.warn(`phone numbers, put the key it was made with at ${plan.to} before starting the server.`);
    out.warn('备份旁没有主密钥文件；如数据库中有加密的身份证号或手机号，请在启动前放回对应的主密钥。');
  }
}
