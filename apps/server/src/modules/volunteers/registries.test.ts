import { defaultRegistrySettings } from '@liandong/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, DIALECTS, type TestDb } from '../../../test/test-db.ts';
import { loadRegistrySettings, saveRegistrySettings } from './registries.ts';

describe.each(DIALECTS)('loadRegistrySettings [%s]', (dialect) => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb(dialect);
    for (const id of ['f1', 'f2'])
      await sql`insert into organizations (id, parent_id, path, depth, name, kind, created_at, updated_at)
        values (${id}, null, ${`/${id}/`}, 0, '联', 'volunteer_federation', 1, 1)`.execute(testDb.db);
  });
  afterAll(async () => testDb?.destroy());

  it('gives the defaults for a registry that never saved any', async () => {
    expect(await loadRegistrySettings(testDb.db, 'f1')).toEqual(defaultRegistrySettings());
  });

  it('reads each save anew, though parsed settings are kept by their text', async () => {
    const { db } = testDb;
    const first = { ...defaultRegistrySettings(), fteHoursDivisor: 1_800 };
    await saveRegistrySettings(db, 'f1', first, 2);
    await saveRegistrySettings(db, 'f2', first, 2);
    expect(await loadRegistrySettings(db, 'f1')).toEqual(first);
    // Two registries with the same settings share one parsed object.
    expect(await loadRegistrySettings(db, 'f2')).toBe(await loadRegistrySettings(db, 'f1'));

    await saveRegistrySettings(db, 'f1', { ...first, fteHoursDivisor: 2_000 }, 3);
    expect((await loadRegistrySettings(db, 'f1')).fteHoursDivisor).toBe(2_000);
    expect((await loadRegistrySettings(db, 'f2')).fteHoursDivisor).toBe(1_800);
  });

  it('hands out frozen settings, so no caller can change what the next request reads', async () => {
    const settings = await loadRegistrySettings(testDb.db, 'f2');
    expect(Object.isFrozen(settings)).toBe(true);
    expect(() => {
      (settings.starThresholds as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect((await loadRegistrySettings(testDb.db, 'f2')).starThresholds).toEqual(settings.starThresholds);
  });
});
