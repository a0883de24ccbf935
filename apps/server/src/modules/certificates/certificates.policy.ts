import type { Actor } from '../../http/actor.ts';
import { hasPermissionOverVolunteer, type VolunteerPlacement } from '../volunteers/volunteers.policy.ts';

/** Issuing or revoking a volunteer's certificate: certificates.issue over their home or one of their teams. */
export const canIssueCertificateFor = (actor: Actor, volunteer: VolunteerPlacement) =>
  hasPermissionOverVolunteer(actor, 'certificates.issue', volunteer);
