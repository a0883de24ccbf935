import type { AuditEvent, AuditListQuery } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { AuditScope } from './audit.policy.ts';
import { createAuditRepository } from './audit.repository.ts';

/** Browsing the audit trail; events are written by recordAudit alone. */
export function createAuditService({ db }: Pick<AppDeps, 'db'>) {
  return {
    async list(scope: AuditScope, { page, pageSize, ...filters }: AuditListQuery) {
      const { rows, total } = await createAuditRepository(db).list(scope, filters, { page, pageSize });
      const items: AuditEvent[] = rows.map(({ changes, ...row }) => ({
        ...row,
        changes: changes ? (JSON.parse(changes) as AuditEvent['changes']) : null,
      }));
      return { items, total, page, pageSize };
    },
  };
}
