import { type Kysely, sql } from 'kysely';

/*
 * Fewer index writes per volunteer, which a 100,000-row import pays 100,000 times:
 * - volunteers_home_path_idx (home_path, status) is the start of 0004's volunteers_stats_idx (home_path, status,
 *   registered_at), which serves every query it served.
 * - volunteers_user_idx holds only volunteers with an account: most are added by staff or imported without one,
 *   and every lookup asks for a given user (`user_id = ?`, which both databases know implies the condition).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('volunteers_home_path_idx').execute();
  await db.schema.dropIndex('volunteers_user_idx').execute();
  await db.schema
    .createIndex('volunteers_user_idx')
    .on('volunteers')
    .column('user_id')
    .where(sql.ref('user_id'), 'is not', null)
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are append-only; restore a backup to go back.');
}
