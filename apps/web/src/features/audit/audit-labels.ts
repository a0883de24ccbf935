import { COMMUNITY_TYPES, LEGAL_STATUSES, ORGANIZATION_KINDS, REDACTED, ROLES, STREET_KINDS } from '@liandong/domain';

/** Actions the server records, by the group before the dot; each has a label in the `audit.actions` namespace. */
export const AUDIT_ACTIONS = {
  auth: ['login', 'login_failed', 'logout', 'switch_organization'],
  users: ['create', 'change_password', 'reset_password'],
  setup: ['complete'],
  organizations: ['create', 'update', 'move'],
  memberships: ['create', 'delete'],
  streets: ['create', 'update'],
  communities: ['create', 'update'],
  grids: ['create'],
  buildings: ['create'],
} as const satisfies Record<string, readonly string[]>;

export type AuditActionGroup = keyof typeof AUDIT_ACTIONS;

export const AUDIT_ENTITY_TYPES = [
  'user',
  'session',
  'installation',
  'organization',
  'membership',
  'street',
  'community',
  'grid',
  'building',
] as const;

// Field names with a label in `audit.fields`; any other field is shown by its own name.
const AUDIT_FIELDS = new Set([
  'name',
  'shortName',
  'kind',
  'type',
  'parentId',
  'path',
  'legalStatus',
  'uscc',
  'regionCode',
  'communityId',
  'contactName',
  'contactPhone',
  'address',
  'description',
  'code',
  'countyCode',
  'streetId',
  'gridId',
  'username',
  'displayName',
  'passwordHash',
  'password',
  'role',
  'userId',
  'organizationId',
  'status',
  'isPlatformAdmin',
  'actingOrganizationId',
]);

/** The locale key of an action's label, or null for an action this version does not know (shown raw). */
export function actionLabelKey(action: string): string | null {
  const [group, name, ...rest] = action.split('.');
  if (rest.length > 0 || !group || !name || !Object.hasOwn(AUDIT_ACTIONS, group)) return null;
  const names: readonly string[] = AUDIT_ACTIONS[group as AuditActionGroup];
  return names.includes(name) ? `audit.actions.${group}.${name}` : null;
}

export function entityTypeLabelKey(entityType: string): string | null {
  return (AUDIT_ENTITY_TYPES as readonly string[]).includes(entityType) ? `audit.entityTypes.${entityType}` : null;
}

export function fieldLabelKey(field: string): string | null {
  return AUDIT_FIELDS.has(field) ? `audit.fields.${field}` : null;
}

/** How one recorded value reads: hidden, empty, a locale label (enums, yes/no) or its own text. */
export type AuditValue =
  | { kind: 'redacted' }
  | { kind: 'empty' }
  | { kind: 'label'; key: string }
  | { kind: 'text'; text: string };

// `kind` names an organization's kind or a street's; their values do not overlap.
const ENUM_LABELS: Record<string, { values: readonly string[]; prefix: string }[]> = {
  kind: [
    { values: ORGANIZATION_KINDS, prefix: 'organizations.kinds' },
    { values: STREET_KINDS, prefix: 'regions.streetKinds' },
  ],
  legalStatus: [{ values: LEGAL_STATUSES, prefix: 'organizations.legalStatuses' }],
  type: [{ values: COMMUNITY_TYPES, prefix: 'regions.communityTypes' }],
  role: [{ values: ROLES, prefix: 'roles' }],
};

export function describeAuditValue(field: string, value: unknown): AuditValue {
  if (value === REDACTED) return { kind: 'redacted' };
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'label', key: value ? 'common.yes' : 'common.no' };
  const labels = typeof value === 'string' ? ENUM_LABELS[field]?.find((set) => set.values.includes(value)) : undefined;
  if (labels) return { kind: 'label', key: `${labels.prefix}.${value}` };
  return { kind: 'text', text: typeof value === 'string' ? value : JSON.stringify(value) };
}
