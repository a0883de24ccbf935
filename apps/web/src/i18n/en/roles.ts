import type { zhRoles } from '../zh-CN/index.ts';

export const roles: zhRoles = {
  platform_admin: 'Platform administrator',
  org_admin: 'Organization admin',
  social_worker: 'Social worker',
  supervisor: 'Supervisor',
  volunteer_coordinator: 'Volunteer coordinator',
  staff: 'Staff',
  volunteer: 'Volunteer',
  building_captain: 'Building captain',
  purchaser_officer: 'Purchaser officer',
  evaluator: 'Evaluator',
};
