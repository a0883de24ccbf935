import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db } from './create-db.ts';
import * as m0001 from './migrations/0001-foundation.ts';
import * as m0002 from './migrations/0002-regions.ts';
import * as m0003 from './migrations/0003-volunteers.ts';
import * as m0004 from './migrations/0004-volunteer-stats.ts';
import * as m0005 from './migrations/0005-volunteer-stats-reads.ts';
import * as m0006 from './migrations/0006-lighter-volunteer-indexes.ts';
import * as m0007 from './migrations/0007-volunteer-user-key-partial.ts';

/** Numbered and append-only: a landed migration is never edited; a change is a new file. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-regions': m0002,
  '0003-volunteers': m0003,
  '0004-volunteer-stats': m0004,
  '0005-volunteer-stats-reads': m0005,
  '0006-lighter-volunteer-indexes': m0006,
  '0007-volunteer-user-key-partial': m0007,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** The migrator over this application's migrations; tests of a migration use it to stop just before that one. */
export const migratorOf = (db: Db) =>
  new Migrator({
    db,
    provider,
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });

/** Applies every pending migration; throws with the failing migration's name and cause. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const { error, results } = await migratorOf(db).migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error) {
    throw new Error(
      `Migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

export const migrationNames = Object.keys(MIGRATIONS);
