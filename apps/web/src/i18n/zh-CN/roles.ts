export const roles = {
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
