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
] as const;
export type Permission = (typeof PERMISSIONS)[number];

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
  ],
  social_worker: ['organizations.read', 'members.read', 'regions.manage'],
  supervisor: ['organizations.read', 'members.read', 'regions.manage'],
  volunteer_coordinator: ['organizations.read', 'members.read'],
  staff: ['organizations.read', 'members.read'],
  volunteer: ['organizations.read'],
  building_captain: ['organizations.read'],
  purchaser_officer: ['organizations.read', 'members.read'],
  evaluator: ['organizations.read', 'members.read'],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}
