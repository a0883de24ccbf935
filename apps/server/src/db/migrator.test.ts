import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DIALECTS, emptyDatabase } from '../../test/test-db.ts';
import { migrateToLatest, migrationNames } from './migrator.ts';

describe.each(DIALECTS)('migrations [%s]', (dialect) => {
  it('apply in order to an empty database, load the divisions, and are not applied twice', async () => {
    const { db, drop } = await emptyDatabase(dialect, 'empty');
    try {
      expect(await migrateToLatest(db)).toEqual(migrationNames);
      expect(await migrateToLatest(db)).toEqual([]);
      const counties = await db
        .selectFrom('regions')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('level', '=', 'county')
        .executeTakeFirstOrThrow();
      expect(Number(counties.n)).toBeGreaterThan(2800);
      const wenling = await db.selectFrom('regions').selectAll().where('code', '=', '331081').executeTakeFirstOrThrow();
      expect(wenling).toMatchObject({ name: '温岭市', parentCode: '331000', pinyin: 'wenlingshi', initials: 'wls' });
      // An instant survives the round trip as a number on both dialects.
      await sql`insert into login_throttle (key, failures, first_failure_at) values ('probe', 1, ${1_790_000_000_123})`.execute(
        db,
      );
      const row = await db.selectFrom('loginThrottle').selectAll().executeTakeFirstOrThrow();
      expect(row.firstFailureAt).toBe(1_790_000_000_123);
    } finally {
      await drop();
    }
  });
});
