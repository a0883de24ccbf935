import type { Role } from './roles.ts';

/**
 * The Chinese names of roles, from the glossary: the web app's zh-CN locale and the CLI's tables both read these,
 * so a role is called the same everywhere.
 */
export const ROLE_NAMES_ZH: Record<Role | 'platform_admin', string> = {
  platform_admin: '平台管理员',
  org_admin: '组织管理员',
  social_worker: '社工',
  supervisor: '督导',
  volunteer_coordinator: '义工协调员',
  staff: '工作人员',
  volunteer: '义工',
  building_captain: '楼长',
  purchaser_officer: '购买方联络人',
  evaluator: '评估人员',
};
