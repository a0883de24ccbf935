import fs from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { CliError } from './cli-error.ts';

/**
 * Copies a SQLite database with SQLite's online backup API: a consistent snapshot even while a server writes
 * (WAL pages included), written beside `target` first and renamed into place, so a failure leaves no half file.
 * The copy is switched to a single self-contained file (journal_mode=DELETE) and checked before the rename.
 */
export async function snapshotSqlite(source: string, target: string, options: { readonly?: boolean } = {}) {
  const partial = `${target}.partial-${process.pid}`;
  fs.rmSync(partial, { force: true });
  const from = new SqliteDatabase(source, { fileMustExist: true, readonly: options.readonly ?? false });
  try {
    from.pragma('busy_timeout = 5000');
    await from.backup(partial);
  } finally {
    from.close();
  }
  const copy = new SqliteDatabase(partial);
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CliError(`The copy of ${source} failed its integrity check: ${String(check)}`);
  } catch (error) {
    copy.close();
    fs.rmSync(partial, { force: true });
    throw error;
  }
  copy.close();
  fs.renameSync(partial, target);
  return { bytes: fs.statSync(target).size };
}

/**
 * Proves `file` is a sound Liandong database before anything is replaced by it: a SQLite file, intact, with the
 * schema_migrations table. Returns the names of the migrations it has applied.
 */
export function inspectLiandongDatabase(file: string): string[] {
  let sqlite: SqliteDatabase.Database | undefined;
  try {
    sqlite = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    const table = sqlite
      .prepare("select name from sqlite_master where type = 'table' and name = 'schema_migrations'")
      .get();
    if (!table) {
      throw new CliError(
        `${file} is a SQLite database but not a Liandong one (it has no schema_migrations table).\n该文件不是 Liandong 数据库备份。`,
      );
    }
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok')
      throw new CliError(`${file} is damaged (integrity check: ${String(check)}). / 备份文件已损坏。`);
    const rows = sqlite.prepare('select name from schema_migrations order by name').all() as { name: string }[];
    return rows.map((row) => row.name);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `${file} is not a SQLite database (${(error as Error).message}).\n该文件不是有效的 SQLite 数据库。`,
    );
  } finally {
    sqlite?.close();
  }
}
