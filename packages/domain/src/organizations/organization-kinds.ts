export const ORGANIZATION_KINDS = [
  'social_work_agency',
  'university_team',
  'community_org',
  'volunteer_federation',
  'service_station',
  'volunteer_team',
  'hub_org',
  'government',
  'evaluator',
  'enterprise',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** none: an informal group; filed: 备案 with a street or district; registered: 登记 with civil affairs. */
export const LEGAL_STATUSES = ['none', 'filed', 'registered'] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];
