import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pgAdmin, pgUrlFor } from '../../test/pg-admin.ts';
import { DIALECTS } from '../../test/test-db.ts';
import { migrationNames } from '../db/migrator.ts';
import { memoryOutput } from './cli-output.ts';
import { migrateCommand } from './migrate.ts';

/** An empty database of the dialect, as `liandong migrate` finds it on a fresh install; dropped afterwards. */
async function emptyDatabase(dialect: string): Promise<{ env: NodeJS.ProcessEnv; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-migrate-'));
    return { env: { LIANDONG_DATA_DIR: dataDir }, drop: async () => fs.rmSync(dataDir, { recursive: true }) };
  }
  const name = `liandong_migrate_${randomBytes(6).toString('hex')}`;
  await pgAdmin(`CREATE DATABASE ${name}`);
  return {
    env: { DATABASE_URL: pgUrlFor(name) },
    drop: () => pgAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

for (const dialect of DIALECTS) {
  describe(`liandong migrate [${dialect}]`, () => {
    it('applies every migration to an empty database, then says it is up to date', async () => {
      const database = await emptyDatabase(dialect);
      try {
        const first = memoryOutput();
        await migrateCommand(database.env, first);
        for (const name of migrationNames) expect(first.text()).toContain(`Applied migration / 已应用迁移: ${name}`);
        const second = memoryOutput();
        await migrateCommand(database.env, second);
        expect(second.text()).toContain('Already up to date');
        expect(second.text()).not.toContain('Applied migration');
      } finally {
        await database.drop();
      }
    }, 60_000);
  });
}
