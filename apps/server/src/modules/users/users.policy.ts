import type { Actor } from '../../http/actor.ts';
import { isWithin } from '../organizations/organization-paths.ts';
import type { UserRow } from './users.repository.ts';

/** A user with the paths of every organization they belong to: what the users policies decide on. */
export interface UserWithPaths {
  user: Pick<UserRow, 'id' | 'isPlatformAdmin'>;
  membershipPaths: readonly string[];
}

/**
 * A platform administrator sees every user; anyone else with members.read sees the users holding a membership
 * somewhere in the acting subtree.
 */
export function canSeeUser(actor: Actor, { membershipPaths }: UserWithPaths): boolean {
  if (actor.isPlatformAdmin) return true;
  const acting = actor.actingOrganization;
  if (!acting || !actor.permissions.has('members.read')) return false;
  return membershipPaths.some((path) => isWithin(path, acting.path));
}

/**
 * An organization administrator resets only the password of someone who belongs to their subtree alone: a person
 * who also belongs elsewhere, or a platform administrator, would otherwise be taken over from outside.
 */
export function canResetPassword(actor: Actor, { user, membershipPaths }: UserWithPaths): boolean {
  if (actor.isPlatformAdmin) return true;
  const acting = actor.actingOrganization;
  if (!acting || !actor.permissions.has('members.manage') || user.isPlatformAdmin === 1) return false;
  return membershipPaths.length > 0 && membershipPaths.every((path) => isWithin(path, acting.path));
}
