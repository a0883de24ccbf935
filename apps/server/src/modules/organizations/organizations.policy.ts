import type { Permission } from '@liandong/domain';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { isWithin } from './organization-paths.ts';

/**
 * Who may do what to an organization. Default deny: a platform administrator may do everything; anyone else needs
 * the permission from their roles in the acting organization, and the organization must lie in its subtree
 * (a role held in an organization applies to it and everything beneath it).
 */
export function hasPermissionOver(actor: Actor, permission: Permission, organization: { path: string }): boolean {
  if (actor.isPlatformAdmin) return true;
  const acting = actor.actingOrganization;
  if (!acting || !actor.permissions.has(permission)) return false;
  return isWithin(organization.path, acting.path);
}

export const canReadOrganization = (actor: Actor, organization: { path: string }) =>
  hasPermissionOver(actor, 'organizations.read', organization);

export const canManageOrganization = (actor: Actor, organization: { path: string }) =>
  hasPermissionOver(actor, 'organizations.manage', organization);

/** A new root (no parent) is the platform administrator's to create; a child needs manage rights over its parent. */
export const canCreateOrganizationUnder = (actor: Actor, parent: { path: string } | null) =>
  parent === null ? actor.isPlatformAdmin : canManageOrganization(actor, parent);

/**
 * Moving takes manage rights over the organization, and never the acting organization itself: its administrators
 * would carry their own subtree somewhere they cannot see.
 */
export const canMoveOrganization = (actor: Actor, organization: { id: string; path: string }) =>
  actor.isPlatformAdmin ||
  (canManageOrganization(actor, organization) && organization.id !== actor.actingOrganization?.id);

/**
 * The path every subtree-scoped query of this actor is limited to: null (everything) for a platform administrator,
 * else the acting organization's path. An actor acting for no organization sees nothing.
 */
export function scopePathOf(actor: Actor): string | null {
  if (actor.isPlatformAdmin) return null;
  if (!actor.actingOrganization) throw new AppError('auth.forbidden', 403);
  return actor.actingOrganization.path;
}
