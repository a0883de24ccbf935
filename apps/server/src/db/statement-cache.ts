import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

/** Distinct statements kept prepared; queries with varying IN-lists make new texts, so the cache is bounded. */
const MAX_STATEMENTS = 500;
/**
 * Longer statements are prepared each time: they are multi-row inserts and long IN-lists, whose texts vary with the
 * row count, and whose compiled programs are large — kept, an import's batches would hold hundreds of megabytes.
 */
const MAX_CACHED_SQL_LENGTH = 4096;

/**
 * The SQLite handle Kysely is given, keeping prepared statements by their SQL text. Kysely prepares every query
 * afresh, and on a hot path (a check-in runs nine statements) compiling the SQL costs more than running it.
 * Reusing a statement is safe because Kysely runs one query at a time on SQLite's single connection, and SQLite
 * re-prepares a statement itself when a migration changes the schema under it.
 */
export function withStatementCache(sqlite: SqliteDatabase.Database): KyselySqliteDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(sql: string) {
      if (sql.length > MAX_CACHED_SQL_LENGTH) return sqlite.prepare(sql);
      let statement = statements.get(sql);
      if (statement) {
        // Map order is insertion order: re-inserting marks the statement as recently used.
        statements.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value as string);
      }
      statements.set(sql, statement);
      return statement;
    },
    close() {
      statements.clear();
      sqlite.close();
    },
  };
}
