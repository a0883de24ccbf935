import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config/config.ts';
import type { Database } from './database.ts';
import { withStatementCache } from './statement-cache.ts';
import { startWalCheckpointer } from './wal-checkpointer.ts';

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';

// int8 (bigint) columns hold millisecond instants; they fit in a double, so parse them as numbers.
pg.types.setTypeParser(20, (value) => Number(value));

export interface DbOptions {
  /** SQLite files only: checkpoint the WAL in a background thread (wal-checkpointer.ts). For the server. */
  backgroundCheckpoints?: boolean;
}

/** Opens the database the configuration names. Nothing is opened at import time. */
export function createDb(database: Config['database'], options: DbOptions = {}): Db {
  if (database.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: database.url, max: 10 });
    // An idle connection the server drops (a PostgreSQL restart, a terminated backend) is reported here; the pool
    // has already discarded it and the next query opens a new one. Unheard, the event would end the process.
    pool.on('error', () => {});
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  }
  const sqlite = openSqlite(database.file);
  const cached = withStatementCache(sqlite);
  if (options.backgroundCheckpoints && database.file !== ':memory:') {
    const checkpointer = startWalCheckpointer(sqlite, database.file);
    const close = cached.close;
    cached.close = () => {
      checkpointer.stop();
      close();
    };
  }
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: cached }),
    plugins: [new CamelCasePlugin()],
  });
}

/**
 * WAL with synchronous=FULL fsyncs every commit, so an acknowledged write survives a crash;
 * the busy timeout lets a CLI command and the server share the file briefly.
 */
export function openSqlite(file: string): SqliteDatabase.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

export function dialectOf(db: Db): Dialect {
  return db.getExecutor().adapter.constructor.name.startsWith('Postgres') ? 'postgres' : 'sqlite';
}
