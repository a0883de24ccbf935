import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.ts';

describe('the SQLite statement cache', () => {
  it('prepares a statement once and reuses it, and follows schema changes', () => {
    const cached = withStatementCache(new SqliteDatabase(':memory:'));
    cached.prepare('create table t (a integer)').run([]);
    cached.prepare('insert into t (a) values (?)').run([1]);
    const select = cached.prepare('select * from t');
    expect(cached.prepare('select * from t')).toBe(select);
    cached.prepare('alter table t add column b integer default 7').run([]);
    expect(cached.prepare('select * from t').all([])).toEqual([{ a: 1, b: 7 }]);
    cached.close();
  });

  it('keeps only the four most recently used long statements (multi-row inserts, long IN-lists)', () => {
    const cached = withStatementCache(new SqliteDatabase(':memory:'));
    const long = (first: number) => `select ${Array.from({ length: 1500 }, (_, index) => first + index).join(', ')}`;
    expect(long(0).length).toBeGreaterThan(4096);
    const kept = cached.prepare(long(0));
    const dropped = cached.prepare(long(1));
    cached.prepare(long(2));
    cached.prepare(long(3));
    // Using long(0) again makes long(1) the oldest, so the fifth long statement evicts it.
    expect(cached.prepare(long(0))).toBe(kept);
    cached.prepare(long(4));
    expect(cached.prepare(long(0))).toBe(kept);
    expect(cached.prepare(long(1))).not.toBe(dropped);
    // The short statements are untouched by the long ones coming and going.
    const short = cached.prepare('select 1');
    for (let first = 5; first < 12; first++) cached.prepare(long(first));
    expect(cached.prepare('select 1')).toBe(short);
    cached.close();
  });

  it('keeps at most 500 statements, dropping the least recently used', () => {
    const cached = withStatementCache(new SqliteDatabase(':memory:'));
    const first = cached.prepare('select 0');
    const kept = cached.prepare('select 1');
    const second = cached.prepare('select 2');
    for (let index = 3; index < 500; index++) cached.prepare(`select ${index}`);
    // Using "select 1" again makes "select 0" the oldest, so the next new statement evicts it.
    expect(cached.prepare('select 1')).toBe(kept);
    cached.prepare(`select 500`);
    expect(cached.prepare('select 1')).toBe(kept);
    expect(cached.prepare('select 2')).toBe(second);
    expect(cached.prepare('select 0')).not.toBe(first);
    cached.close();
  });
});
