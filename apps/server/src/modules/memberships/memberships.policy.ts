import type { Actor } from '../../http/actor.ts';
import { hasPermissionOver } from '../organizations/organizations.policy.ts';

/** Seeing who belongs to an organization takes members.read over it (its subtree, or a platform administrator). */
export const canReadMembers = (actor: Actor, organization: { path: string }) =>
  hasPermissionOver(actor, 'members.read', organization);

/** Adding and removing members takes members.manage over the organization. */
export const canManageMembers = (actor: Actor, organization: { path: string }) =>
  hasPermissionOver(actor, 'members.manage', organization);

/**
 * An organization keeps at least one administrator of its own where nobody above it could step in: the acting
 * organization's last org_admin stays unless a platform administrator removes them.
 */
export const canRemoveLastAdmin = (actor: Actor) => actor.isPlatformAdmin;
