/** Roles a user holds in an organization. Later capabilities extend this list. */
export const ROLES = [
  'org_admin',
  'social_worker',
  'supervisor',
  'volunteer_coordinator',
  'staff',
  'volunteer',
  'building_captain',
  'purchaser_officer',
  'evaluator',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'organizations.read',
  'organizations.manage',
  'members.read',
  'members.manage',
  'regions.manage',
  'audit.read',
  'volunteers.read',
  'volunteers.manage',
  'volunteers.reveal',
  'volunteers.configure',
  'activities.manage',
  'hours.approve',
  'certificates.issue',
  'volunteer_stats.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Everything about volunteers, held by administrators and volunteer coordinators. */
const VOLUNTEER_LINKAGE: readonly Permission[] = [
  'volunteers.read',
  'volunteers.manage',
  'volunteers.reveal',
  'volunteers.configure',
  'activities.manage',
  'hours.approve',
  'certificates.issue',
  'volunteer_stats.read',
];

/**
 * What each role may do in its organization and every organization beneath it.
 * Default deny: a permission not listed here is not granted.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  org_admin: [
    'organizations.read',
    'organizations.manage',
    'members.read',
    'members.manage',
    'regions.manage',
    'audit.read',
    ...VOLUNTEER_LINKAGE,
  ],
  // Social workers lead activities and their volunteers; approving the hours they led is a coordinator's or
  // supervisor's, so nobody certifies the record they made (谁记录谁证明 is kept, self-approval is refused anyway).
  social_worker: [
    'organizations.read',
    'members.read',
    'regions.manage',
    'volunteers.read',
    'volunteers.manage',
    'activities.manage',
    'volunteer_stats.read',
  ],
  supervisor: [
    'organizations.read',
    'members.read',
    'regions.manage',
    'volunteers.read',
    'activities.manage',
    'hours.approve',
    'volunteer_stats.read',
  ],
  volunteer_coordinator: ['organizations.read', 'members.read', ...VOLUNTEER_LINKAGE],
  staff: ['organizations.read', 'members.read', 'volunteers.read'],
  volunteer: ['organizations.read'],
  building_captain: ['organizations.read'],
  // Buyers and evaluators see figures, never people.
  purchaser_officer: ['organizations.read', 'members.read', 'volunteer_stats.read'],
  evaluator: ['organizations.read', 'members.read', 'volunteer_stats.read'],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}
