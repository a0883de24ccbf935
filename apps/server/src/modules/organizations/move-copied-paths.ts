import { sql } from 'kysely';
import type { Db } from '../../db/create-db.ts';

/**
 * Columns holding a copy of an organization's path, kept beside the rows they scope so subtree filters need no join.
 * The statistics rollups follow these columns through their triggers; audit events keep the path they were written
 * under, as the trail is never rewritten.
 */
const PATH_COPIES = [
  ['volunteers', 'home_path'],
  ['volunteer_team_memberships', 'team_path'],
  ['activities', 'organization_path'],
  ['insurance_policies', 'organization_path'],
  ['service_hours_entries', 'unit_path'],
  ['service_hours_entries', 'recording_path'],
] as const;

/** Re-roots every copied path under `oldPath` at `newPath`, in the caller's transaction (an organization's move). */
export async function moveCopiedPaths(trx: Db, oldPath: string, newPath: string): Promise<void> {
  for (const [table, column] of PATH_COPIES) {
    const ref = sql.ref(column);
    await sql`update ${sql.table(table)} set ${ref} = cast(${newPath} as text) || substr(${ref}, ${oldPath.length + 1})
      where ${ref} like ${`${oldPath}%`}`.execute(trx);
  }
}
