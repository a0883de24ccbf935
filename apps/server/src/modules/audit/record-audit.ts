import type { Db } from '../../db/create-db.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { newId } from '../../lib/ids.ts';
import { createAuditRepository } from './audit.repository.ts';
import { diffForAudit } from './audit-changes.ts';

/** Who did it and from where: what every service receives from its route. */
export interface AuditContext {
  actor: Actor | null;
  meta: RequestMeta & { markAudited?: () => void };
  now: number;
  /** Who acted when nobody is signed in: the administrator that first-run setup creates. */
  userId?: string | null;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Set when the actor is not the user affected (sign-in of an anonymous request, CLI). */
  userId?: string | null;
  /**
   * The path of the organization the entity belongs to, so that organization's administrators see the event;
   * null files it for platform administrators alone; left out, the acting organization's.
   */
  scopePath?: string | null;
}

/**
 * Appends one audit event. Call it inside the transaction of the change it records,
 * so the change and its record commit together or not at all.
 */
export async function recordAudit(db: Db, context: AuditContext, entry: AuditEntry): Promise<void> {
  const changes = diffForAudit(entry.before, entry.after);
  await createAuditRepository(db).insert({
    id: newId(),
    occurredAt: context.now,
    userId: entry.userId !== undefined ? entry.userId : (context.actor?.userId ?? context.userId ?? null),
    actingOrganizationId: context.actor?.actingOrganization?.id ?? null,
    scopePath: entry.scopePath !== undefined ? entry.scopePath : (context.actor?.actingOrganization?.path ?? null),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes: changes ? JSON.stringify(changes) : null,
    requestId: context.meta.requestId,
    ip: context.meta.ip,
    userAgent: context.meta.userAgent,
  });
  context.meta.markAudited?.();
}
