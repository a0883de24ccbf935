import type { TestProject } from 'vitest/node';
import { createDb } from '../src/db/create-db.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { pgAdmin, pgUrlFor } from './pg-admin.ts';

/**
 * With TEST_PG_URL, migrates one template database that every test file clones (CREATE DATABASE … TEMPLATE),
 * so each file gets a fresh database in milliseconds. Without it, says plainly that PostgreSQL is skipped.
 */
export default async function setup(project: TestProject) {
  if (!process.env.TEST_PG_URL) {
    console.warn('\n⚠ TEST_PG_URL is not set: the PostgreSQL half of the database tests was SKIPPED (SQLite only).\n');
    project.provide('pgTemplate', '');
    return;
  }
  const template = `liandong_tpl_${process.pid}`;
  try {
    await pgAdmin(`DROP DATABASE IF EXISTS ${template}`);
    await pgAdmin(`CREATE DATABASE ${template}`);
  } catch (error) {
    throw new Error(`TEST_PG_URL is set but PostgreSQL cannot be reached: ${(error as Error).message}`);
  }
  const db = createDb({ dialect: 'postgres', url: pgUrlFor(template) });
  await migrateToLatest(db);
  await db.destroy();
  project.provide('pgTemplate', template);
  return async () => {
    await pgAdmin(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
  }
}
