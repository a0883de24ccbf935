import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';

/** Which events an actor may read: all of them, or those whose scope lies in one organization's subtree. */
export type AuditScope = { kind: 'all' } | { kind: 'subtree'; path: string };

/**
 * A platform administrator reads every event; anyone else with `audit.read` in the organization they act for
 * reads the events scoped to it and its descendants. Everyone else is refused.
 */
export function auditScopeFor(actor: Actor): AuditScope {
  if (actor.isPlatformAdmin) return { kind: 'all' };
  if (actor.actingOrganization && actor.permissions.has('audit.read'))
    return { kind: 'subtree', path: actor.actingOrganization.path };
  throw new AppError('auth.forbidden', 403);
}
