import type { Permission } from '@liandong/domain';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { escapeLike } from '../../db/text-search.ts';
import type { Actor } from '../../http/actor.ts';
import { isWithin } from '../organizations/organization-paths.ts';
import { hasPermissionOver } from '../organizations/organizations.policy.ts';

/** What visibility of a volunteer is decided on: their home organization's path and the paths of their teams. */
export interface VolunteerPlacement {
  homePath: string;
  teamPaths: readonly string[];
}

/**
 * A volunteer is within an actor's reach for `permission` when the actor holds it and the volunteer's home, or any
 * team the volunteer belongs to, lies in the acting subtree: a team's coordinators see its members even when they
 * registered with the federation above. A platform administrator reaches every volunteer.
 */
export function hasPermissionOverVolunteer(
  actor: Actor,
  permission: Permission,
  volunteer: VolunteerPlacement,
): boolean {
  if (actor.isPlatformAdmin) return true;
  const acting = actor.actingOrganization;
  if (!acting || !actor.permissions.has(permission)) return false;
  return isWithin(volunteer.homePath, acting.path) || volunteer.teamPaths.some((path) => isWithin(path, acting.path));
}

export const canReadVolunteer = (actor: Actor, volunteer: VolunteerPlacement) =>
  hasPermissionOverVolunteer(actor, 'volunteers.read', volunteer);

export const canManageVolunteer = (actor: Actor, volunteer: VolunteerPlacement) =>
  hasPermissionOverVolunteer(actor, 'volunteers.manage', volunteer);

/** Seeing a full ID or phone number is its own permission, and every reveal is audited. */
export const canRevealVolunteer = (actor: Actor, volunteer: VolunteerPlacement) =>
  hasPermissionOverVolunteer(actor, 'volunteers.reveal', volunteer);

/** Listing or registering volunteers of an organization (and the subtree beneath it). */
export const canReadVolunteersIn = (actor: Actor, organization: { path: string }) =>
  hasPermissionOver(actor, 'volunteers.read', organization);

export const canManageVolunteersIn = (actor: Actor, organization: { path: string }) =>
  hasPermissionOver(actor, 'volunteers.manage', organization);

/** A registry's rules are changed by those configuring the registry root itself, not a station beneath it. */
export const canConfigureRegistry = (actor: Actor, registry: { path: string }) =>
  hasPermissionOver(actor, 'volunteers.configure', registry);

/**
 * The same rule as a SQL condition for list queries: the volunteer's home path, or a team path of theirs, starts
 * with `path`. Pass the columns when the volunteers table is aliased.
 */
export function volunteerWithinPath(
  path: string,
  columns: { id: string; homePath: string } = { id: 'volunteers.id', homePath: 'volunteers.homePath' },
): RawBuilder<SqlBool> {
  const pattern = `${escapeLike(path)}%`;
  return sql<SqlBool>`(${sql.ref(columns.homePath)} like ${pattern} escape '\\' or exists (select 1 from volunteer_team_memberships vtm where vtm.volunteer_id = ${sql.ref(columns.id)} and vtm.team_path like ${pattern} escape '\\'))`;
}
