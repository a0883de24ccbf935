import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

/** Distinct short statements kept prepared; queries with varying IN-lists make new texts, so the cache is bounded. */
const MAX_STATEMENTS = 500;
/** Statements longer than this are kept apart, only a few of them. */
const LONG_SQL_LENGTH = 4096;
/**
 * Long statements are multi-row inserts and long IN-lists, whose compiled programs are large: kept by the hundred
 * they would hold hundreds of megabytes. A few are worth keeping, though: an import's full batches share one text,
 * and preparing a 500-row insert afresh for each batch cost a fifth of the import.
 */
const MAX_LONG_STATEMENTS = 4;

/** Statements by SQL text, the least recently used dropped first beyond `limit`. */
function lruOf(limit: number) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    take(sql: string, prepare: () => SqliteDatabase.Statement) {
      let statement = statements.get(sql);
      if (statement) {
        // Map order is insertion order: re-inserting marks the statement as recently used.
        statements.delete(sql);
      } else {
        statement = prepare();
        if (statements.size >= limit) statements.delete(statements.keys().next().value as string);
      }
      statements.set(sql, statement);
      return statement;
    },
    clear: () => statements.clear(),
  };
}

/**
 * The SQLite handle Kysely is given, keeping prepared statements by their SQL text. Kysely prepares every query
 * afresh, and on a hot path (a check-in runs nine statements) compiling the SQL costs more than running it.
 * Reusing a statement is safe because Kysely runs one query at a time on SQLite's single connection, and SQLite
 * re-prepares a statement itself when a migration changes the schema under it.
 */
export function withStatementCache(sqlite: SqliteDatabase.Database): KyselySqliteDatabase {
  const short = lruOf(MAX_STATEMENTS);
  const long = lruOf(MAX_LONG_STATEMENTS);
  return {
    prepare(sql: string) {
      return (sql.length > LONG_SQL_LENGTH ? long : short).take(sql, () => sqlite.prepare(sql));
    },
    close() {
      short.clear();
      long.clear();
      sqlite.close();
    },
  };
}
