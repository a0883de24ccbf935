import fs from 'node:fs';
import path from 'node:path';
import { MASTER_KEY_FILE, readMasterKeyFile, writeMasterKeyFile } from '../secrets/master-key.ts';
import { loadCliConfig } from './cli-config.ts';
import { CliError } from './cli-error.ts';
import type { CliOutput } from './cli-output.ts';
import { parseOptions } from './parse-options.ts';
import { snapshotSqlite } from './sqlite-files.ts';

const USAGE = 'liandong backup FILE [--force]';

/** Where a backup's master key is kept: beside the backup, named after it, since the two only work as a pair. */
export const backupKeyFileFor = (backupFile: string) => `${backupFile}.${MASTER_KEY_FILE}`;

/**
 * `liandong backup FILE`: an online, consistent snapshot of the embedded database, safe while the server runs,
 * with the master key copied beside it as FILE.master.key (the encrypted ID and phone numbers need it).
 * PostgreSQL has its own tool for this; the command names it and does nothing.
 */
export async function backupCommand(args: string[], env: NodeJS.ProcessEnv, out: CliOutput): Promise<void> {
  const { values, positionals } = parseOptions(args, { force: { type: 'boolean', default: false } }, USAGE);
  if (positionals.length !== 1) throw new CliError(`Give the file to write the backup to.\nUsage: ${USAGE}`);
  const config = loadCliConfig(env);
  const target = path.resolve(positionals[0]!);
  if (config.database.dialect === 'postgres') {
    throw new CliError(
      [
        'This installation uses PostgreSQL: back it up with pg_dump, for example',
        `  pg_dump --format=custom --file ${JSON.stringify(target)} "$DATABASE_URL"`,
        `Back up ${path.join(config.dataDir, MASTER_KEY_FILE)} (or LIANDONG_MASTER_KEY) with it: without the key, the encrypted ID and phone numbers cannot be read.`,
        '本系统使用 PostgreSQL，请用上面的 pg_dump 命令备份，并同时备份主密钥文件。Nothing was written.',
      ].join('\n'),
      2,
    );
  }
  const source = config.database.file;
  if (!fs.existsSync(source)) throw new CliError(`There is no database at ${source} to back up. / 数据库文件不存在。`);
  if (target === source) throw new CliError('The backup file cannot be the database itself.');
  if (target === path.join(config.dataDir, MASTER_KEY_FILE))
    throw new CliError('The backup file cannot be the master key.');
  const keyTarget = backupKeyFileFor(target);
  for (const file of [target, keyTarget]) {
    if (fs.existsSync(file) && !values.force) {
      throw new CliError(`${file} already exists; choose another name or add --force to overwrite it. / 文件已存在。`);
    }
  }
  // LIANDONG_MASTER_KEY, when set, is the key in use; a master.key file beside it would be the wrong one to copy.
  const keyFromEnv = Boolean(env.LIANDONG_MASTER_KEY?.trim());
  const key = keyFromEnv ? null : readKeyFileForCli(path.join(config.dataDir, MASTER_KEY_FILE));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const { bytes } = await snapshotSqlite(source, target);
  out.info(`Backed up / 已备份 ${source}`);
  out.info(`  to / 到 ${target} (${formatBytes(bytes)})`);
  fs.rmSync(keyTarget, { force: true });
  if (key !== null) {
    writeMasterKeyFile(keyTarget, key);
    out.info(`  with its master key / 主密钥 ${keyTarget}`);
    out.info('Keep the two together and private: whoever has both can read the ID and phone numbers.');
    out.info('两个文件请一起妥善保管：同时拥有两者即可读取身份证号和手机号。');
  } else if (keyFromEnv) {
    out.warn('The master key comes from LIANDONG_MASTER_KEY: keep it with this backup; without it, the encrypted ID');
    out.warn(
      'and phone numbers in the backup cannot be read. / 主密钥来自环境变量 LIANDONG_MASTER_KEY，请与备份一起保存。',
    );
  }
  out.info(`Restore it with / 恢复命令: liandong restore ${JSON.stringify(target)}`);
}

/** readMasterKeyFile, with a malformed file reported as a CliError (the user's to fix, no stack trace). */
export function readKeyFileForCli(file: string): Buffer | null {
  try {
    return readMasterKeyFile(file);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
