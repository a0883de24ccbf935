import {
  ACTIVITY_TYPES,
  COMMUNITY_TYPES,
  CONSENT_METHODS,
  GENDERS,
  GUARDIAN_CONSENT_SCOPES,
  GUARDIAN_RELATIONS,
  HOURS_SOURCES,
  LEGAL_STATUSES,
  ORGANIZATION_KINDS,
  PARTICIPATION_STATES,
  REDACTED,
  RISK_LEVELS,
  ROLES,
  SIGNUP_FLOWS,
  STREET_KINDS,
  TEAM_ROLES,
  VOLUNTEER_SOURCES,
  VOLUNTEER_STATUSES,
} from '@liandong/domain';
import { formatDateTime } from '../../lib/format-time.ts';

/** How one recorded value reads: hidden, empty, a locale label (enums, yes/no) or its own text. */
export type AuditValue =
  | { kind: 'redacted' }
  | { kind: 'empty' }
  | { kind: 'label'; key: string }
  | { kind: 'text'; text: string };

// One field name may hold values of several enums (`kind` of an organization or a street, `role` in an organization
// or a volunteer team, `type` of a community or an activity); the value sets listed under one field do not overlap,
// except `import`, which reads the same as a volunteer's source and as an hours entry's. `status` is left out: a
// user, a volunteer and an activity share values that mean different things.
const ENUM_LABELS: Record<string, { values: readonly string[]; prefix: string }[]> = {
  kind: [
    { values: ORGANIZATION_KINDS, prefix: 'organizations.kinds' },
    { values: STREET_KINDS, prefix: 'regions.streetKinds' },
  ],
  legalStatus: [{ values: LEGAL_STATUSES, prefix: 'organizations.legalStatuses' }],
  type: [
    { values: COMMUNITY_TYPES, prefix: 'regions.communityTypes' },
    { values: ACTIVITY_TYPES, prefix: 'activities.types' },
  ],
  role: [
    { values: ROLES, prefix: 'roles' },
    { values: TEAM_ROLES, prefix: 'volunteers.teamRoles' },
  ],
  gender: [{ values: GENDERS, prefix: 'volunteers.genders' }],
  source: [
    { values: VOLUNTEER_SOURCES, prefix: 'volunteers.sources' },
    { values: HOURS_SOURCES, prefix: 'serviceHours.sources' },
  ],
  volunteerStatus: [{ values: VOLUNTEER_STATUSES, prefix: 'volunteers.statuses' }],
  relation: [{ values: GUARDIAN_RELATIONS, prefix: 'volunteers.relations' }],
  scope: [{ values: GUARDIAN_CONSENT_SCOPES, prefix: 'volunteers.guardian.scopes' }],
  consentMethod: [{ values: CONSENT_METHODS, prefix: 'volunteers.consentMethods' }],
  // A guardian consent's method; a check-in's (rotating_qr, roster, …) has no label and shows as it is.
  method: [{ values: CONSENT_METHODS, prefix: 'volunteers.consentMethods' }],
  riskLevel: [{ values: RISK_LEVELS, prefix: 'activities.risks' }],
  signupFlow: [{ values: SIGNUP_FLOWS, prefix: 'activities.signupFlows' }],
  // A participation's state; a star award's (applied, publicised, …) shows as it is, its action says what happened.
  state: [{ values: PARTICIPATION_STATES, prefix: 'activities.participationStates' }],
};

// Amounts stored as integers in hundredths: of an hour (service hours, training hours) or of a yuan (fen).
const HUNDREDTHS_FIELDS = new Set([
  'hundredths',
  'creditedHundredths',
  'netBefore',
  'netAfter',
  'approvedHundredths',
  'totalHundredths',
  'sumInsuredFen',
]);

// Yes/no flags that the database keeps as 0 or 1.
const FLAG_FIELDS = new Set(['minorsAllowed', 'waitlistEnabled', 'coversAllVolunteers']);

// Instants are milliseconds since the epoch, in fields named `…At` (and a check event's `at`).
const isInstantField = (field: string) => field === 'at' || field.endsWith('At');

export function describeAuditValue(field: string, value: unknown): AuditValue {
  if (value === REDACTED) return { kind: 'redacted' };
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'label', key: value ? 'common.yes' : 'common.no' };
  if (typeof value === 'number') {
    if (FLAG_FIELDS.has(field) && (value === 0 || value === 1))
      return { kind: 'label', key: value === 1 ? 'common.yes' : 'common.no' };
    if (HUNDREDTHS_FIELDS.has(field)) return { kind: 'text', text: String(value / 100) };
    if (isInstantField(field)) return { kind: 'text', text: formatDateTime(value) };
  }
  const labels = typeof value === 'string' ? ENUM_LABELS[field]?.find((set) => set.values.includes(value)) : undefined;
  if (labels) return { kind: 'label', key: `${labels.prefix}.${value}` };
  return { kind: 'text', text: typeof value === 'string' ? value : JSON.stringify(value) };
}
