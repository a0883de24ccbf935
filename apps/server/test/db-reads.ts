import type { Db } from '../src/db/create-db.ts';

// What tests look up directly in the database: things the API deliberately does not show.

/** The audit events about one entity, oldest first. */
export const auditEventsAbout = (db: Db, entityId: string) =>
  db.selectFrom('auditEvents').selectAll().where('entityId', '=', entityId).orderBy('occurredAt').execute();

/** How many audit events there are, in all or about the given entities. */
export async function countAuditEvents(db: Db, entityIds?: string[]): Promise<number> {
  let query = db.selectFrom('auditEvents').select((eb) => eb.fn.countAll().as('n'));
  if (entityIds) query = query.where('entityId', 'in', entityIds);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** An organization's materialized path and depth, which the API keeps inside the server. */
export const organizationPathOf = (db: Db, id: string) =>
  db.selectFrom('organizations').select(['path', 'depth']).where('id', '=', id).executeTakeFirstOrThrow();
