import type { AuditListQuery } from '@liandong/domain';
import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { preparedInsert } from '../../db/prepared-query.ts';
import { startsWithText } from '../../db/text-search.ts';
import type { AuditScope } from './audit.policy.ts';
import type { AuditEventsTable } from './audit.table.ts';

type AuditFilters = Omit<AuditListQuery, 'page' | 'pageSize'>;

// Every change writes one, so it is prepared.
const insertAuditEvent = preparedInsert('auditEvents');

/** Only inserts and reads: nothing updates or deletes an audit row. */
export function createAuditRepository(db: Db) {
  const filtered = (
    scope: AuditScope,
    { userId, organizationId, action, entityType, entityId, from, to }: AuditFilters,
  ) => {
    let query = db.selectFrom('auditEvents');
    if (scope.kind === 'subtree') query = query.where(startsWithText(db, 'auditEvents.scopePath', scope.path));
    if (userId) query = query.where('auditEvents.userId', '=', userId);
    if (organizationId) query = query.where('auditEvents.actingOrganizationId', '=', organizationId);
    if (action) {
      const family = startsWithText(db, 'auditEvents.action', `${action}.`);
      query = query.where(sql<boolean>`(${sql.ref('auditEvents.action')} = ${action} or ${family})`);
    }
    if (entityType) query = query.where('auditEvents.entityType', '=', entityType);
    if (entityId) query = query.where('auditEvents.entityId', '=', entityId);
    if (from !== undefined) query = query.where('auditEvents.occurredAt', '>=', from);
    if (to !== undefined) query = query.where('auditEvents.occurredAt', '<=', to);
    return query;
  };

  return {
    insert: (event: Insertable<AuditEventsTable>) => insertAuditEvent(db, event),

    /** The page of events within `scope` matching the filters, newest first, with who acted and for whom. */
    async list(scope: AuditScope, filters: AuditFilters, page: { page: number; pageSize: number }) {
      const rows = await filtered(scope, filters)
        .leftJoin('users', 'users.id', 'auditEvents.userId')
        .leftJoin('organizations', 'organizations.id', 'auditEvents.actingOrganizationId')
        .select([
          'auditEvents.id',
          'auditEvents.occurredAt',
          'auditEvents.userId',
          'users.displayName as userDisplayName',
          'auditEvents.actingOrganizationId',
          'organizations.name as actingOrganizationName',
          'auditEvents.action',
          'auditEvents.entityType',
          'auditEvents.entityId',
          'auditEvents.changes',
          'auditEvents.requestId',
          'auditEvents.ip',
          'auditEvents.userAgent',
        ])
        // UUIDv7 ids rise with time, so they order events recorded within the same millisecond.
        .orderBy('auditEvents.occurredAt', 'desc')
        .orderBy('auditEvents.id', 'desc')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute();
      const { total } = await filtered(scope, filters)
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      return { rows, total: Number(total) };
    },
  };
}
