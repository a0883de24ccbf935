import type { Actor } from '../../http/actor.ts';
import { hasPermissionOver } from '../organizations/organizations.policy.ts';

/*
 * Who does what with star awards. Applying (nominating) and publicising are everyday coordination, so they take
 * volunteers.manage over the volunteer (canManageVolunteer, used through findVolunteerFor). Granting and revoking
 * are the federation's certification of a recognition (星级认定 is granted by federations, like a certificate), so
 * they take certificates.issue over the registry root itself: a station's coordinator may nominate their
 * volunteers but not grant them stars. volunteers.configure was not chosen: it is about the registry's rules.
 */

/** Granting or revoking a star of a registry's volunteer: certificates.issue over the registry root. */
export const canDecideStarAward = (actor: Actor, registry: { path: string }) =>
  hasPermissionOver(actor, 'certificates.issue', registry);
