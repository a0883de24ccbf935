import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildApp } from '../src/app.ts';
import { testConfig } from '../src/config/config.ts';
import type { Db, Dialect } from '../src/db/create-db.ts';
import { fixedClock } from '../src/lib/clock.ts';
import { createTestDb, DIALECTS, type TestDb } from './test-db.ts';

export interface TestContext {
  app: FastifyInstance;
  db: Db;
  dialect: Dialect;
  clock: ReturnType<typeof fixedClock>;
}

/**
 * Declares the suite once per dialect, each with its own fresh database and app (built like production,
 * with a controllable clock). Read the context's fields inside hooks and tests, not at declaration time.
 */
export function describeEachDialect(name: string, body: (context: TestContext) => void) {
  for (const dialect of DIALECTS) {
    describe(`${name} [${dialect}]`, () => {
      const context = {} as TestContext;
      let testDb: TestDb;
      beforeAll(async () => {
        testDb = await createTestDb(dialect);
        context.db = testDb.db;
        context.dialect = dialect;
        context.clock = fixedClock(Date.UTC(2026, 10, 23, 2, 0, 0));
        context.app = await buildApp({
          db: testDb.db,
          config: testConfig({ webDist: '/nonexistent' }),
          clock: context.clock,
        });
      });
      afterAll(async () => {
        await context.app?.close();
        await testDb?.destroy();
      });
      body(context);
    });
  }
}
