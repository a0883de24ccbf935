import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { containsText, startsWithText } from '../../db/text-search.ts';

/** The pinyin form of a search text ("Wen Ling" → "wenling"), or null when it is not latin letters alone. */
export function pinyinQueryOf(q: string): string | null {
  const compact = q.toLowerCase().replace(/\s+/g, '').replaceAll('ü', 'v');
  return /^[a-z]+$/.test(compact) ? compact : null;
}

type SearchableTable = 'regions' | 'streets' | 'communities';

function pinyinMatch(db: Db, table: SearchableTable, keys: string) {
  return sql<SqlBool>`(${startsWithText(db, `${table}.pinyin`, keys)} or ${startsWithText(db, `${table}.initials`, keys)})`;
}

/** The name contains `q`, or its full pinyin or initials start with it. Rows store both beside the name. */
export function nameMatches(db: Db, table: SearchableTable, q: string): RawBuilder<SqlBool> {
  const keys = pinyinQueryOf(q);
  const byName = containsText(db, `${table}.name`, q);
  return keys ? sql<SqlBool>`(${byName} or ${pinyinMatch(db, table, keys)})` : byName;
}

/** 0 for the exact name, 1 for a match at the start (name, pinyin or initials), 2 for a match inside the name. */
export function nameRank(db: Db, table: SearchableTable, q: string): RawBuilder<number> {
  const keys = pinyinQueryOf(q);
  const atStart = keys
    ? sql<SqlBool>`(${startsWithText(db, `${table}.name`, q)} or ${pinyinMatch(db, table, keys)})`
    : startsWithText(db, `${table}.name`, q);
  return sql<number>`case when ${sql.ref(`${table}.name`)} = ${q} then 0 when ${atStart} then 1 else 2 end`;
}
