/** 预备 prospective (registered, not yet approved or trained) → 正式 active; suspended and exited keep the record. */
export const VOLUNTEER_STATUSES = ['prospective', 'active', 'suspended', 'exited'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/** How the record came in: the public registration page, a staff member, or an Excel import. */
export const VOLUNTEER_SOURCES = ['self_registered', 'staff', 'import'] as const;
export type VolunteerSource = (typeof VOLUNTEER_SOURCES)[number];

export const TEAM_ROLES = ['member', 'team_lead'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const CONSENT_METHODS = ['online', 'paper', 'in_person'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** A guardian's consent covers every activity, or one activity only. */
export const GUARDIAN_CONSENT_SCOPES = ['all', 'activity'] as const;
export type GuardianConsentScope = (typeof GUARDIAN_CONSENT_SCOPES)[number];

export const GUARDIAN_RELATIONS = ['father', 'mother', 'grandparent', 'sibling', 'other_relative', 'guardian'] as const;
export type GuardianRelation = (typeof GUARDIAN_RELATIONS)[number];

export const ACTIVITY_TYPES = [
  'community_activity',
  'group_session',
  'visit',
  'case_service',
  'training',
  'large_event',
  'other',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Elevated and high risk need accident insurance before anyone is confirmed (条例 Art. 17). */
export const RISK_LEVELS = ['low', 'elevated', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const INSURED_RISK_LEVELS: readonly RiskLevel[] = ['elevated', 'high'];

export const ACTIVITY_STATUSES = ['published', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** 引领 leads the joint activity, 协助 assists. */
export const CO_ORGANIZER_ROLES = ['lead', 'assist'] as const;
export type CoOrganizerRole = (typeof CO_ORGANIZER_ROLES)[number];

/** instant: a sign-up is confirmed at once; approve: the coordinator confirms it; assigned: only coordinators add people. */
export const SIGNUP_FLOWS = ['instant', 'approve', 'assigned'] as const;
export type SignupFlow = (typeof SIGNUP_FLOWS)[number];

export const SHIFT_STATUSES = ['open', 'cancelled'] as const;
export type ShiftStatus = (typeof SHIFT_STATUSES)[number];

/**
 * requested → confirmed | declined; waitlisted → confirmed (a seat frees up); confirmed → cancelled | no_show |
 * completed (checked out). Only confirmed and completed hold a seat.
 */
export const PARTICIPATION_STATES = [
  'requested',
  'waitlisted',
  'confirmed',
  'declined',
  'cancelled',
  'no_show',
  'completed',
] as const;
export type ParticipationState = (typeof PARTICIPATION_STATES)[number];
export const SEAT_HOLDING_STATES: readonly ParticipationState[] = ['confirmed', 'completed'];

export const CHECK_KINDS = ['in', 'out'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** rotating_qr: the lead's screen; roster: the lead ticks the name; personal_qr: the lead scans the volunteer's code. */
export const CHECK_METHODS = ['rotating_qr', 'roster', 'personal_qr', 'auto'] as const;
export type CheckMethod = (typeof CHECK_METHODS)[number];

/** Why a check event needs a second look; flagged events still count but show on the review list. */
export const CHECK_FLAGS = ['outside_geofence', 'no_location', 'auto_checkout', 'late_checkin'] as const;
export type CheckFlag = (typeof CHECK_FLAGS)[number];

export const HOURS_SOURCES = ['checkin', 'coordinator', 'self_report', 'import'] as const;
export type HoursSource = (typeof HOURS_SOURCES)[number];

/** original: a service record; correction: a signed change to one; void: cancels one (its negative). */
export const HOURS_KINDS = ['original', 'correction', 'void'] as const;
export type HoursKind = (typeof HOURS_KINDS)[number];

export const HOURS_STATUSES = ['pending', 'approved', 'declined'] as const;
export type HoursStatus = (typeof HOURS_STATUSES)[number];

export const IMPORT_STATUSES = ['previewed', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
