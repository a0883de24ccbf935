import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { type Db, dialectOf } from './create-db.ts';

/** Escapes LIKE's wildcards (and the escape character itself) so user input matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

// PostgreSQL's LIKE is case-sensitive, SQLite's already ignores ASCII case; ESCAPE is spelled out because
// SQLite has no default escape character.
function like(db: Db, column: string, pattern: string): RawBuilder<SqlBool> {
  const operator = dialectOf(db) === 'postgres' ? sql.raw('ilike') : sql.raw('like');
  return sql<SqlBool>`${sql.ref(column)} ${operator} ${pattern} escape '\\'`;
}

/** Case-insensitive "column contains text", with `%` and `_` in the text taken literally. */
export function containsText(db: Db, column: string, text: string): RawBuilder<SqlBool> {
  return like(db, column, `%${escapeLike(text)}%`);
}

/** Case-insensitive "column starts with text", with `%` and `_` in the text taken literally. */
export function startsWithText(db: Db, column: string, text: string): RawBuilder<SqlBool> {
  return like(db, column, `${escapeLike(text)}%`);
}
