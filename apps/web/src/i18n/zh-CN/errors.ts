/** The wording of every server error code (packages/domain ERROR_CODES), nested by the code's dots; a test checks none is missing. */
export const errors = {
  network: {
    offline: '网络连接失败，请检查网络后重试',
  },
  http: {
    not_found: '请求的内容不存在',
    malformed_json: '请求格式有误',
    payload_too_large: '提交的内容过大',
    unsupported_media_type: '不支持的内容类型',
    rate_limited: '操作过于频繁，请稍后再试',
    internal: '服务器出错了，请稍后重试；如果问题持续，请联系管理员',
  },
  validation: {
    failed: '填写的内容有误，请检查后重试',
  },
  auth: {
    unauthenticated: '登录已过期，请重新登录',
    invalid_credentials: '用户名或密码不正确',
    locked: '登录失败次数过多，账号已临时锁定，请稍后再试',
    csrf_invalid: '页面已过期，请刷新后重试',
    forbidden: '您没有权限进行此操作',
    wrong_password: '当前密码不正确',
    password_too_weak: '密码强度不足：至少 10 位，须同时包含字母和数字，且不能包含用户名',
    user_disabled: '该账号已停用，请联系管理员',
    not_a_member: '您不是该组织的成员',
  },
  setup: {
    already_done: '平台已完成初始化，请直接登录',
    required: '平台尚未初始化',
  },
  users: {
    not_found: '用户不存在',
    username_taken: '该用户名已被使用',
  },
  organizations: {
    not_found: '组织不存在',
    parent_not_found: '上级组织不存在',
    cycle: '不能把组织移动到它自己或它的下级组织之下',
    has_children: '该组织下还有下级组织',
    uscc_invalid: '统一社会信用代码无效（请核对 18 位代码及校验位）',
    uscc_taken: '该统一社会信用代码已被其他组织使用',
  },
  memberships: {
    not_found: '成员不存在',
    duplicate: '该用户在本组织已有此角色',
    last_admin: '不能移除本组织最后一位管理员',
  },
  regions: {
    not_found: '行政区划不存在',
    county_required: '请选择一个区县',
  },
  streets: {
    not_found: '街道/乡镇不存在',
    duplicate: '该区县下已有同名街道/乡镇',
  },
  communities: {
    not_found: '社区/村不存在',
    duplicate: '该街道下已有同名社区/村',
  },
  grids: {
    not_found: '网格不存在',
    duplicate: '该社区已有同名网格',
  },
  buildings: {
    duplicate: '该社区已有同名楼栋',
  },
  audit: {
    not_found: '审计记录不存在',
  },
};
