import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, emptyDatabase } from '../../../test/test-db.ts';
import type { Db } from '../create-db.ts';
import { migratorOf } from '../migrator.ts';
import { isUniqueViolation } from '../unique-violation.ts';

// A registered volunteer as raw columns: `user` null for one added by staff or imported.
const volunteerRow = (id: string, user: string | null) => sql`
  insert into volunteers (id, registry_id, home_organization_id, home_path, user_id, local_no, name, name_search,
    gender, birth_date, id_type, id_number_cipher, id_number_hash, id_number_masked, phone_cipher, phone_hash,
    phone_masked, status, source, registered_at, status_changed_at, created_at, updated_at)
  values (${id}, 'f', 'f', '/f/', ${user}, ${`L-${id}`}, '测试', 'ceshi cs', 'female', '1990-01-01', 'resident_id',
    'c', ${`h-${id}`}, 'm', 'c', ${`p-${id}`}, 'm', 'active', 'staff', 1, 1, 1, 1)`;

describe.each(DIALECTS)('0007 partial volunteer user key [%s]', (dialect) => {
  let db: Db;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ db, drop } = await emptyDatabase(dialect, 'userkey'));
    expect((await migratorOf(db).migrateTo('0006-lighter-volunteer-indexes')).error).toBeUndefined();
    await sql`insert into organizations (id, parent_id, path, depth, name, kind, created_at, updated_at)
      values ('f', null, '/f/', 0, '联', 'volunteer_federation', 1, 1)`.execute(db);
    await sql`insert into users (id, username, display_name, password_hash, password_changed_at, created_at, updated_at)
      values ('u', 'u', 'u', 'x', 1, 1, 1)`.execute(db);
    await volunteerRow('v1', 'u').execute(db);
    await volunteerRow('v2', null).execute(db);
    await sql`insert into volunteer_team_memberships (id, volunteer_id, team_id, team_path, role, joined_at)
      values ('m', 'v2', 'f', '/f/', 'member', 1)`.execute(db);
    expect((await migratorOf(db).migrateTo('0007-volunteer-user-key-partial')).error).toBeUndefined();
  });
  afterAll(async () => drop?.());

  it('keeps every volunteer and every row that refers to one', async () => {
    const volunteers = await sql<{ id: string }>`select id from volunteers order by id`.execute(db);
    expect(volunteers.rows.map((row) => row.id)).toEqual(['v1', 'v2']);
    const membership = await sql<{ name: string }>`
      select v.name from volunteer_team_memberships m join volunteers v on v.id = m.volunteer_id`.execute(db);
    expect(membership.rows).toEqual([{ name: '测试' }]);
  });

  it('indexes only the volunteers with an account', async () => {
    const definition =
      dialect === 'postgres'
        ? sql<{
            text: string;
          }>`select indexdef as text from pg_indexes where indexname = 'volunteers_registry_user_key'`
        : sql<{ text: string }>`select sql as text from sqlite_master where name = 'volunteers_registry_user_key'`;
    expect((await definition.execute(db)).rows[0]?.text).toMatch(/where .?user_id.? is not null/i);
  });

  it('still refuses a second volunteer record for one account in a registry, and allows many without one', async () => {
    const second = await volunteerRow('v3', 'u')
      .execute(db)
      .catch((error: unknown) => error);
    expect(isUniqueViolation(second)).toBe(true);
    await volunteerRow('v4', null).execute(db);
    await volunteerRow('v5', null).execute(db);
  });

  it('keeps the other keys, the foreign keys and the counting trigger', async () => {
    const duplicateId = await volunteerRow('v6', null)
      .execute(db)
      .then(() => sql`update volunteers set id_number_hash = 'h-v1' where id = 'v6'`.execute(db))
      .catch((error: unknown) => error);
    expect(isUniqueViolation(duplicateId)).toBe(true);
    const orphan = await sql`insert into volunteer_team_memberships (id, volunteer_id, team_id, team_path, role,
      joined_at) values ('m2', 'nobody', 'f', '/f/', 'member', 1)`
      .execute(db)
      .catch((error: unknown) => error);
    expect(orphan).toBeInstanceOf(Error);
    const counts = await sql<{ volunteers: number }>`
      select volunteers from volunteer_counts where home_path = '/f/' and status = 'active'`.execute(db);
    const volunteers = await sql<{ n: number }>`select count(*) as n from volunteers`.execute(db);
    expect(Number(counts.rows[0]?.volunteers)).toBe(Number(volunteers.rows[0]?.n));
  });
});
