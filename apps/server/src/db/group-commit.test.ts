import SqliteDatabase from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, DIALECTS, type TestDb } from '../../test/test-db.ts';
import type { Db } from './create-db.ts';
import type { Database } from './database.ts';
import { createGroupCommit } from './group-commit.ts';
import { withStatementCache } from './statement-cache.ts';
import { isUniqueViolation } from './unique-violation.ts';

const rowsOf = async (db: Db) =>
  (await sql<{ id: string }>`select id from probe order by id`.execute(db)).rows.map((row) => row.id);
const insert = (id: string) => (trx: Db) => sql`insert into probe (id) values (${id})`.execute(trx);

describe.each(DIALECTS)('group commit on %s', (dialect) => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb(dialect);
    await sql`create table probe (id varchar(20) primary key)`.execute(testDb.db);
  });
  afterAll(() => testDb.destroy());

  it('answers every unit with its own outcome, and a unit that throws is undone alone', async () => {
    const commit = createGroupCommit(testDb.db);
    const outcomes = await Promise.allSettled(
      ['a1', 'a2', 'a3', 'a4'].map((id) =>
        commit(async (trx) => {
          await insert(id)(trx);
          if (id === 'a3') throw new Error('a3 changed its mind');
          return id.toUpperCase();
        }),
      ),
    );
    expect(
      outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : outcome.reason.message)),
    ).toEqual(['A1', 'A2', 'a3 changed its mind', 'A4']);
    expect(await rowsOf(testDb.db)).toEqual(['a1', 'a2', 'a4']);
  });

  it('lets one of two identical writes through and reports the other as a unique violation', async () => {
    const commit = createGroupCommit(testDb.db);
    const [first, second, other] = await Promise.allSettled([
      commit(insert('b1')),
      commit(insert('b1')),
      commit(insert('b2')),
    ]);
    const refused = [first, second].filter((outcome) => outcome?.status === 'rejected') as PromiseRejectedResult[];
    expect(refused).toHaveLength(1);
    expect(isUniqueViolation(refused[0]?.reason)).toBe(true);
    expect(other?.status).toBe('fulfilled');
    expect((await rowsOf(testDb.db)).filter((id) => id.startsWith('b'))).toEqual(['b1', 'b2']);
  });
});

describe('group commit on sqlite', () => {
  /** A database whose commits are counted, to see how many fsyncs the units cost. */
  function countingDb() {
    const sqlite = new SqliteDatabase(':memory:');
    const cached = withStatementCache(sqlite);
    const counts = { commits: 0 };
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({
        database: {
          prepare: (text: string) => {
            if (text === 'commit') counts.commits += 1;
            return cached.prepare(text);
          },
          close: () => cached.close(),
        },
      }),
      plugins: [new CamelCasePlugin()],
    });
    return { db, counts };
  }

  it('commits units submitted in the same turn once, and later units in a later commit', async () => {
    const { db, counts } = countingDb();
    await sql`create table probe (id text primary key)`.execute(db);
    const commit = createGroupCommit(db);
    await Promise.all(Array.from({ length: 50 }, (_, index) => commit(insert(`c${index}`))));
    expect(counts.commits).toBe(1);
    await commit(insert('late'));
    expect(counts.commits).toBe(2);
    expect(await rowsOf(db)).toHaveLength(51);
    await db.destroy();
  });

  it('rejects every unit of a batch whose commit fails, and writes none of them', async () => {
    const { db } = countingDb();
    await sql`create table probe (id text primary key)`.execute(db);
    await sql`create table parent (id text primary key)`.execute(db);
    // A deferred foreign key is checked at commit: the batch's commit fails after every unit has succeeded.
    await sql`pragma foreign_keys = on`.execute(db);
    await sql`create table child (parent_id text references parent (id) deferrable initially deferred)`.execute(db);
    const commit = createGroupCommit(db);
    const outcomes = await Promise.allSettled([
      commit(insert('d1')),
      commit((trx) => sql`insert into child (parent_id) values ('nobody')`.execute(trx)),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(await rowsOf(db)).toEqual([]);
    await db.destroy();
  });
});
