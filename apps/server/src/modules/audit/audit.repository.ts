import type { Insertable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import type { AuditEventsTable } from './audit.table.ts';

/** Only inserts and reads: nothing updates or deletes an audit row. */
export function createAuditRepository(db: Db) {
  return {
    insert: (event: Insertable<AuditEventsTable>) => db.insertInto('auditEvents').values(event).execute(),
  };
}
