import type { Actor } from '../../http/actor.ts';
import { hasPermissionOver } from '../organizations/organizations.policy.ts';

interface ShiftAuthority {
  organizationPath: string;
  leadUserId: string;
}

/** Coordinating a shift (assigning, confirming, marking no-shows) takes activities.manage over its organizer. */
export const canCoordinateShift = (actor: Actor, shift: ShiftAuthority) =>
  hasPermissionOver(actor, 'activities.manage', { path: shift.organizationPath });

/**
 * Leading it on the day (showing the check-in code, ticking the roster, evaluating) is also the activity's lead
 * social worker's and the shift's team lead's, who may hold no permission over the organizer.
 */
export const canLeadShift = (actor: Actor, shift: ShiftAuthority, leadVolunteerUserId: string | null) =>
  canCoordinateShift(actor, shift) || actor.userId === shift.leadUserId || actor.userId === leadVolunteerUserId;
