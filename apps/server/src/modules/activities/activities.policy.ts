import type { Actor } from '../../http/actor.ts';
import { isWithin } from '../organizations/organization-paths.ts';
import { hasPermissionOver } from '../organizations/organizations.policy.ts';

/** What seeing an activity is decided on: its organizer, its co-organizers and its lead. */
export interface ActivityPlacement {
  organizationPath: string;
  leadUserId: string;
  coOrganizerPaths: readonly string[];
}

/**
 * Activities are browsed by those who coordinate them (activities.manage) and by staff who follow the volunteers
 * (volunteers.read); a volunteer's own view of open shifts goes through /api/me instead.
 */
export const canBrowseActivities = (actor: Actor): boolean =>
  actor.isPlatformAdmin ||
  (actor.actingOrganization !== null &&
    (actor.permissions.has('activities.manage') || actor.permissions.has('volunteers.read')));

/**
 * An activity is seen by browsers whose acting subtree holds its organizer or one of its co-organizers (a
 * co-organizing agency sees the joint activity), and always by its lead social worker.
 */
export function canReadActivity(actor: Actor, activity: ActivityPlacement): boolean {
  if (actor.isPlatformAdmin || actor.userId === activity.leadUserId) return true;
  const acting = actor.actingOrganization;
  if (!acting || !canBrowseActivities(actor)) return false;
  return (
    isWithin(activity.organizationPath, acting.path) ||
    activity.coOrganizerPaths.some((path) => isWithin(path, acting.path))
  );
}

/** Creating, editing and cancelling an activity, its shifts and its insurance take activities.manage over its organizer. */
export const canManageActivity = (actor: Actor, activity: { organizationPath: string }) =>
  hasPermissionOver(actor, 'activities.manage', { path: activity.organizationPath });

/** Organizing in an organization (and so naming it organizer, or holding a policy there). */
export const canOrganizeIn = (actor: Actor, organization: { path: string }) =>
  hasPermissionOver(actor, 'activities.manage', organization);

/** Naming an organization as co-organizer needs only to be able to see it. */
/**
 * Joint activities cross organization trees (an agency and a 义工联 are separate roots), so whoever may organize
 * activities may name any organization as co-organizer; being named lets that organization see this one activity.
 */
export const canNameCoOrganizer = (actor: Actor) => actor.isPlatformAdmin || actor.permissions.has('activities.manage');

/** Insurance policies are read by activity browsers within their subtree and managed with activities.manage. */
export function canReadInsurancePolicy(actor: Actor, policy: { organizationPath: string }): boolean {
  if (actor.isPlatformAdmin) return true;
  const acting = actor.actingOrganization;
  return acting !== null && canBrowseActivities(actor) && isWithin(policy.organizationPath, acting.path);
}

export const canManageInsurancePolicy = (actor: Actor, policy: { organizationPath: string }) =>
  hasPermissionOver(actor, 'activities.manage', { path: policy.organizationPath });
