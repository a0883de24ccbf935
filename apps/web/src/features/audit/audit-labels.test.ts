import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en/index.ts';
import { zhCN } from '../../i18n/zh-CN/index.ts';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  actionLabelKey,
  describeAuditValue,
  entityTypeLabelKey,
  fieldLabelKey,
} from './audit-labels.ts';

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

describe('audit labels', () => {
  it('labels every known action and entity type in both languages', () => {
    const keys = [
      ...Object.entries(AUDIT_ACTIONS).flatMap(([group, names]) =>
        names.map((name) => actionLabelKey(`${group}.${name}`)),
      ),
      ...AUDIT_ENTITY_TYPES.map(entityTypeLabelKey),
    ];
    for (const key of keys) {
      expect(key).not.toBeNull();
      expect(lookup(zhCN, key!), key!).toBeTypeOf('string');
      expect(lookup(en, key!), key!).toBeTypeOf('string');
    }
    expect(lookup(zhCN, actionLabelKey('auth.login')!)).toBe('登录');
    expect(lookup(zhCN, actionLabelKey('organizations.create')!)).toBe('新建组织');
  });

  it('leaves unknown actions, types and fields to be shown raw', () => {
    expect(actionLabelKey('volunteers.create')).toBeNull();
    expect(actionLabelKey('auth.something_new')).toBeNull();
    expect(actionLabelKey('auth')).toBeNull();
    expect(actionLabelKey('auth.login.extra')).toBeNull();
    expect(actionLabelKey('constructor.name')).toBeNull();
    expect(entityTypeLabelKey('volunteer')).toBeNull();
    expect(fieldLabelKey('favouriteColour')).toBeNull();
    expect(lookup(zhCN, fieldLabelKey('legalStatus')!)).toBe('法律身份');
  });

  it('describes recorded values: hidden, empty, enum labels and plain text', () => {
    expect(describeAuditValue('passwordHash', '[redacted]')).toEqual({ kind: 'redacted' });
    expect(describeAuditValue('shortName', null)).toEqual({ kind: 'empty' });
    expect(describeAuditValue('shortName', '')).toEqual({ kind: 'empty' });
    expect(describeAuditValue('kind', 'volunteer_team')).toEqual({
      kind: 'label',
      key: 'organizations.kinds.volunteer_team',
    });
    expect(describeAuditValue('legalStatus', 'filed')).toEqual({
      kind: 'label',
      key: 'organizations.legalStatuses.filed',
    });
    expect(describeAuditValue('type', 'rural')).toEqual({ kind: 'label', key: 'regions.communityTypes.rural' });
    expect(describeAuditValue('role', 'org_admin')).toEqual({ kind: 'label', key: 'roles.org_admin' });
    expect(describeAuditValue('isPlatformAdmin', true)).toEqual({ kind: 'label', key: 'common.yes' });
    expect(describeAuditValue('kind', 'town')).toEqual({ kind: 'label', key: 'regions.streetKinds.town' });
    expect(describeAuditValue('kind', 'street')).toEqual({ kind: 'text', text: 'street' });
    expect(describeAuditValue('name', '阳光社工')).toEqual({ kind: 'text', text: '阳光社工' });
    expect(describeAuditValue('memberCount', 3)).toEqual({ kind: 'text', text: '3' });
  });
});
