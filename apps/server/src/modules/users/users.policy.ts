import type { Actor } from '../../http/actor.ts';
import { isWithin } from '../organizations/organization-paths.ts';

/**
 * A platform administrator sees every user; anyone else with members.read sees the users holding a membership
 * somewhere in the acting subtree. `membershipPaths` are the paths of the target's organizations.
 */
export function canSeeUser(actor: Actor, membershipPaths: readonly string[]): boolean {
  if (actor.isPlatformAdmin) return true;
  const acting = actor.actingOrganization;
  if (!acting || !actor.permissions.has('members.read')) return false;
  return membershipPaths.some((path) => isWithin(path, acting.path));
}

/**
 * An organization administrator resets only the password of someone who belongs to their subtree alone: a person
 * who also belongs elsewhere, or a platform administrator, would otherwise be taken over from outside.
 */
export function canResetPassword(
  actor: Actor,
  target: { id: string; isPlatformAdmin: boolean },
  membershipPaths: readonly string[],
): boolean {
  if (actor.isPlatformAdmin) return true;
  const acting = actor.actingOrganization;
  if (!acting || !actor.permissions.has('members.manage') || target.isPlatformAdmin) return false;
  return membershipPaths.length > 0 && membershipPaths.every((path) => isWithin(path, acting.path));
}
