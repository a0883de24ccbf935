import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, DIALECTS, type TestDb } from '../../test/test-db.ts';
import { type Param, preparedByShape, preparedQuery } from './prepared-query.ts';

const user = (id: string, status: 'active' | 'disabled') => ({
  id,
  username: `user-${id}`,
  displayName: `用户${id}`,
  passwordHash: 'not-a-hash',
  isPlatformAdmin: 0,
  status,
  passwordChangedAt: 1,
  createdAt: 1,
  updatedAt: 1,
});

const insertUser = preparedByShape(
  (columns: string[]) => columns.join(),
  (db, param: Param<Record<string, unknown>>, columns) =>
    db.insertInto('users').values(Object.fromEntries(columns.map((column) => [column, param(column)])) as never),
);

// Only active users: the status is fixed in the query, the name prefix comes from the caller.
const activeUsersFrom = preparedQuery((db, param: Param<{ first: string }>) =>
  db
    .selectFrom('users')
    .select(['id', 'displayName'])
    .where('status', '=', 'active')
    .where('id', '>=', param('first'))
    .orderBy('id'),
);

const setStatus = preparedByShape(
  (from: string) => from,
  (db, param: Param<{ id: string; status: 'active' | 'disabled' }>, from) =>
    db
      .updateTable('users')
      .set({ status: param('status') })
      .where('id', '=', param('id'))
      .where('status', '=', from as 'active'),
);

describe.each(DIALECTS)('prepared queries on %s', (dialect) => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb(dialect);
  });
  afterAll(() => testDb.destroy());

  it('run with the values of each call, keep the values written into them, and map columns to camelCase', async () => {
    const { db } = testDb;
    for (const [id, status] of [
      ['p1', 'active'],
      ['p2', 'disabled'],
      ['p3', 'active'],
    ] as const) {
      const row = user(id, status);
      await insertUser(db, Object.keys(row), row);
    }
    expect((await activeUsersFrom(db, { first: 'p1' })).rows).toEqual([
      { id: 'p1', displayName: '用户p1' },
      { id: 'p3', displayName: '用户p3' },
    ]);
    expect((await activeUsersFrom(db, { first: 'p2' })).rows).toEqual([{ id: 'p3', displayName: '用户p3' }]);
  });

  it('keep one query per shape and report the rows they changed', async () => {
    const { db } = testDb;
    const row = user('q1', 'active');
    await insertUser(db, Object.keys(row), row);
    const moved = await setStatus(db, 'active', { id: 'q1', status: 'disabled' });
    expect(Number(moved.numAffectedRows)).toBe(1);
    // From 'active' again: q1 is no longer active, so nothing moves.
    expect(Number((await setStatus(db, 'active', { id: 'q1', status: 'disabled' })).numAffectedRows)).toBe(0);
    expect(Number((await setStatus(db, 'disabled', { id: 'q1', status: 'active' })).numAffectedRows)).toBe(1);
  });

  it('run inside a transaction, undone with it', async () => {
    const { db } = testDb;
    await db
      .transaction()
      .execute(async (trx) => {
        const row = user('t1', 'active');
        await insertUser(trx, Object.keys(row), row);
        expect((await activeUsersFrom(trx, { first: 't1' })).rows.map((found) => found.id)).toEqual(['t1']);
        throw new Error('changed my mind');
      })
      .catch(() => {});
    expect((await activeUsersFrom(db, { first: 't1' })).rows).toEqual([]);
  });

  it('refuse a placeholder that is not a parameter of its own', async () => {
    const { db } = testDb;
    const prefixed = preparedQuery((db, param: Param<{ prefix: string }>) =>
      db
        .selectFrom('users')
        .select('id')
        .where('username', 'like', `${param('prefix')}%`),
    );
    await expect(prefixed(db, { prefix: 'user-' })).rejects.toThrow(/param\('prefix'\) is not a parameter/);
    const literal = preparedQuery((db, param: Param<{ id: string }>) =>
      db
        .selectFrom('users')
        .select('id')
        .where('id', '=', sql.lit(param('id'))),
    );
    await expect(literal(db, { id: 'p1' })).rejects.toThrow(/is not a parameter/);
  });
});
