import type { Insertable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import type { ServiceHoursEntriesTable } from './service-hours.table.ts';

export type NewHoursEntry = Insertable<ServiceHoursEntriesTable>;

/**
 * Appends one entry to the ledger. The only write of amounts anywhere: there is no update or delete of
 * `raw_minutes` or `credited_hundredths` (a test scans the source to keep it so); a correction is another entry.
 */
export async function insertHoursEntry(trx: Db, entry: NewHoursEntry): Promise<void> {
  await trx.insertInto('serviceHoursEntries').values(entry).execute();
}
