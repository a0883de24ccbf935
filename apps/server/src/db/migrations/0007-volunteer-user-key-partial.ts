import { type Kysely, sql } from 'kysely';

/*
 * "One volunteer record per account in a registry" (volunteers_registry_user_key) becomes a partial unique index over
 * the volunteers that have an account. Both databases already let any number of rows share a NULL user_id, so the
 * rule is unchanged; but the full constraint indexed every volunteer without an account too, and in a
 * 100,000-row import (none has an account) that index cost about a quarter of SQLite's writing time.
 *
 * PostgreSQL drops the constraint and creates the index under the same name. SQLite cannot drop a table's
 * constraint, so it rebuilds the table as its documentation describes (https://sqlite.org/lang_altertable.html,
 * "Making Other Kinds Of Table Schema Changes"): foreign keys off, then in one transaction a copy of the table
 * without the constraint, the old one dropped, the copy renamed, its indexes and triggers made again and the
 * foreign keys checked before the commit.
 */

const CONSTRAINT = ', constraint "volunteers_registry_user_key" unique ("registry_id", "user_id")';

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter.constructor.name.startsWith('Postgres');
  if (postgres) {
    await sql`alter table volunteers drop constraint volunteers_registry_user_key`.execute(db);
    await createPartialKey(db);
    return;
  }
  const schema = await sql<{ type: string; sql: string }>`
    select type, sql from sqlite_master where tbl_name = 'volunteers' and sql is not null`.execute(db);
  const table = schema.rows.find((row) => row.type === 'table')?.sql ?? '';
  // The table as 0003 made it; anything else is a schema this migration does not know, so it stops.
  if (!table.includes(CONSTRAINT) || !/^CREATE TABLE "volunteers" \(/.test(table))
    throw new Error('volunteers is not the table 0003 created; not rebuilding it');
  const rebuilt = table
    .replace(CONSTRAINT, '')
    .replace(/^CREATE TABLE "volunteers"/, 'CREATE TABLE "volunteers_rebuilt"');
  const dependents = schema.rows.filter((row) => row.type !== 'table').map((row) => row.sql);

  // Off outside the transaction (SQLite ignores the pragma inside one), so dropping the old table leaves the rows
  // that refer to volunteers alone; foreign_key_check then proves every one still finds its volunteer.
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await sql.raw(rebuilt).execute(trx);
      await sql`insert into volunteers_rebuilt select * from volunteers`.execute(trx);
      await sql`drop table volunteers`.execute(trx);
      await sql`alter table volunteers_rebuilt rename to volunteers`.execute(trx);
      for (const statement of dependents) await sql.raw(statement).execute(trx);
      await createPartialKey(trx);
      const broken = await sql`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length > 0) throw new Error(`rebuilding volunteers broke ${broken.rows.length} references`);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

const createPartialKey = (db: Kysely<unknown>) =>
  db.schema
    .createIndex('volunteers_registry_user_key')
    .unique()
    .on('volunteers')
    .columns(['registry_id', 'user_id'])
    .where(sql.ref('user_id'), 'is not', null)
    .execute();

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
