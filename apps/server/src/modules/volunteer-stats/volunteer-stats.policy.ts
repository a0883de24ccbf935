import type { Actor } from '../../http/actor.ts';
import { hasPermissionOver } from '../organizations/organizations.policy.ts';

/**
 * Statistics of an organization's subtree take volunteer_stats.read over it. They hold figures only, never a
 * volunteer's name, so buyers and evaluators (purchaser_officer, evaluator) hold the permission too.
 */
export const canReadVolunteerStats = (actor: Actor, organization: { path: string }) =>
  hasPermissionOver(actor, 'volunteer_stats.read', organization);
