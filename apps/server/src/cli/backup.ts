import fs from 'node:fs';
import path from 'node:path';
import { loadCliConfig } from './cli-config.ts';
import { CliError } from './cli-error.ts';
import type { CliOutput } from './cli-output.ts';
import { parseOptions } from './parse-options.ts';
import { snapshotSqlite } from './sqlite-files.ts';

const USAGE = 'liandong backup FILE [--force]';

/**
 * `liandong backup FILE`: an online, consistent snapshot of the embedded database, safe while the server runs.
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
        '本系统使用 PostgreSQL，请用上面的 pg_dump 命令备份。Nothing was written.',
      ].join('\n'),
      2,
    );
  }
  const source = config.database.file;
  if (!fs.existsSync(source)) throw new CliError(`There is no database at ${source} to back up. / 数据库文件不存在。`);
  if (target === source) throw new CliError('The backup file cannot be the database itself.');
  if (fs.existsSync(target) && !values.force) {
    throw new CliError(`${target} already exists; choose another name or add --force to overwrite it. / 文件已存在。`);
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const { bytes } = await snapshotSqlite(source, target);
  out.info(`Backed up / 已备份 ${source}`);
  out.info(`  to / 到 ${target} (${formatBytes(bytes)})`);
  out.info(`Restore it with / 恢复命令: liandong restore ${JSON.stringify(target)}`);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
