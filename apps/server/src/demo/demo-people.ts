import type { Role } from '@liandong/domain';

export interface DemoPerson {
  username: string;
  /** Invented names: none of these people exists. */
  displayName: string;
  /** Organization key (see demo-organizations.ts) and role; the first is where the account is created. */
  memberships: { organization: string; role: Role }[];
}

/** The platform administrator, created at setup. */
export const DEMO_ADMIN = { username: 'admin', displayName: '林书远' };

/**
 * Staff and partners, spread over the organizations a real county would have. Volunteers with an account (the
 * `volunteer` role) are registered as volunteers instead: see demo-volunteers.ts.
 */
export const DEMO_PEOPLE: DemoPerson[] = [
  { username: 'civil-admin', displayName: '周文澜', memberships: [{ organization: 'civil', role: 'org_admin' }] },
  {
    username: 'civil-purchaser',
    displayName: '钱慧敏',
    memberships: [{ organization: 'civil', role: 'purchaser_officer' }],
  },
  {
    username: 'women-purchaser',
    displayName: '孙静怡',
    memberships: [{ organization: 'women', role: 'purchaser_officer' }],
  },
  { username: 'agency-admin', displayName: '陈思远', memberships: [{ organization: 'agency', role: 'org_admin' }] },
  {
    username: 'social-worker',
    displayName: '王晓萱',
    // Also placed with the 义工联 (驻会社工), so she can lead the activities its volunteers staff.
    memberships: [
      { organization: 'agency', role: 'social_worker' },
      { organization: 'team-elderly', role: 'volunteer' },
      { organization: 'federation', role: 'social_worker' },
    ],
  },
  { username: 'supervisor', displayName: '黄立群', memberships: [{ organization: 'agency', role: 'supervisor' }] },
  { username: 'agency-staff', displayName: '许文博', memberships: [{ organization: 'agency', role: 'staff' }] },
  {
    username: 'student-worker',
    displayName: '刘子涵',
    // A student placed with the 城东 station for her practicum, leading its activities under supervision.
    memberships: [
      { organization: 'university', role: 'social_worker' },
      { organization: 'station-chengdong', role: 'social_worker' },
    ],
  },
  {
    username: 'federation-admin',
    displayName: '蒋明哲',
    memberships: [{ organization: 'federation', role: 'org_admin' }],
  },
  {
    username: 'coordinator',
    displayName: '郑雨桐',
    memberships: [{ organization: 'federation', role: 'volunteer_coordinator' }],
  },
  {
    username: 'station-staff',
    displayName: '冯佳宁',
    memberships: [{ organization: 'station-chengdong', role: 'staff' }],
  },
  {
    username: 'building-captain',
    displayName: '吴海燕',
    memberships: [{ organization: 'elders', role: 'building_captain' }],
  },
  { username: 'evaluator', displayName: '叶清和', memberships: [{ organization: 'evaluator', role: 'evaluator' }] },
];
