import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createDb, type Db, type Dialect } from '../src/db/create-db.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { pgAdmin, pgUrlFor } from './pg-admin.ts';

/** SQLite always; PostgreSQL too when TEST_PG_URL is set. */
export const DIALECTS: Dialect[] = process.env.TEST_PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDb {
  db: Db;
  dialect: Dialect;
  destroy(): Promise<void>;
}

/** A fresh, migrated database of the given dialect, dropped again by destroy(). */
export async function createTestDb(dialect: Dialect): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const db = createDb({ dialect: 'sqlite', file: ':memory:' });
    await migrateToLatest(db);
    return { db, dialect, destroy: () => db.destroy() };
  }
  const name = `liandong_test_${randomBytes(6).toString('hex')}`;
  await pgAdmin(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
  const db = createDb({ dialect: 'postgres', url: pgUrlFor(name) });
  return {
    db,
    dialect,
    destroy: async () => {
      await db.destroy();
      await pgAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** An empty database, not cloned from the migrated template: for tests of the migrations themselves. */
export async function emptyDatabase(dialect: Dialect, label = 'empty'): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const db = createDb({ dialect: 'sqlite', file: ':memory:' });
    return { db, drop: () => db.destroy() };
  }
  const name = `liandong_${label}_${randomBytes(6).toString('hex')}`;
  await pgAdmin(`CREATE DATABASE ${name}`);
  const db = createDb({ dialect: 'postgres', url: pgUrlFor(name) });
  return {
    db,
    drop: async () => {
      await db.destroy();
      await pgAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
