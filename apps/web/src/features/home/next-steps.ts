import type { Role, Session } from '@liandong/domain';

export type NextStepKey =
  | 'platform'
  | 'organizations'
  | 'members'
  | 'regions'
  | 'audit'
  | 'browseOrganizations'
  | 'browseMembers'
  | 'browseRegions'
  | 'profile';

export interface NextStep {
  key: NextStepKey;
  /** A page that exists today; nothing links to capabilities still being built. */
  to: string;
}

/**
 * What the home page offers next, from what the acting membership allows: managers first get the work of
 * managing, everyone else gets their profile first and the pages they may read.
 */
export function nextStepsFor(session: Session): NextStep[] {
  const admin = session.user.isPlatformAdmin;
  const can = (permission: Session['permissions'][number]) => admin || session.permissions.includes(permission);
  const acting = session.actingOrganizationId;
  const steps: NextStep[] = [];
  if (admin) steps.push({ key: 'platform', to: '/organizations' });
  if (!acting && !admin) return [{ key: 'profile', to: '/profile' }];

  if (can('organizations.manage')) steps.push({ key: 'organizations', to: '/organizations' });
  if (acting && can('members.manage')) steps.push({ key: 'members', to: `/organizations/${acting}` });
  if (can('regions.manage')) steps.push({ key: 'regions', to: '/regions' });
  if (can('audit.read')) steps.push({ key: 'audit', to: '/audit' });

  const manages = steps.length > 0;
  const reading: NextStep[] = [];
  if (!can('organizations.manage') && can('organizations.read'))
    reading.push({ key: 'browseOrganizations', to: '/organizations' });
  if (acting && !can('members.manage') && can('members.read'))
    reading.push({ key: 'browseMembers', to: `/organizations/${acting}` });
  if (!can('regions.manage')) reading.push({ key: 'browseRegions', to: '/regions' });
  const profile: NextStep = { key: 'profile', to: '/profile' };
  return manages ? [...steps, ...reading, profile] : [profile, ...reading];
}

export const UPCOMING = ['volunteers', 'cases', 'resources', 'projects'] as const;
export type Upcoming = (typeof UPCOMING)[number];

// Which capabilities still being built matter to whom (PRODUCT.md's roles), so each person sees what is coming for them.
const UPCOMING_BY_ROLE: Record<Role, readonly Upcoming[]> = {
  org_admin: ['volunteers', 'cases', 'resources', 'projects'],
  social_worker: ['volunteers', 'cases', 'resources'],
  supervisor: ['cases', 'projects'],
  volunteer_coordinator: ['volunteers'],
  staff: ['volunteers', 'resources'],
  volunteer: ['volunteers'],
  building_captain: ['resources'],
  purchaser_officer: ['projects'],
  evaluator: ['projects'],
};

/** Capabilities being built that concern the user's roles (all of them for a platform administrator), in a fixed order. */
export function upcomingFor(session: Session): Upcoming[] {
  if (session.user.isPlatformAdmin) return [...UPCOMING];
  const roles = session.memberships.flatMap((m) => m.roles);
  const wanted = new Set(roles.flatMap((role) => UPCOMING_BY_ROLE[role]));
  return UPCOMING.filter((item) => wanted.has(item));
}
