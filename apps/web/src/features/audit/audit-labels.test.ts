import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en/index.ts';
import { zhCN } from '../../i18n/zh-CN/index.ts';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  AUDIT_FIELDS,
  actionLabelKey,
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
    expect(lookup(zhCN, actionLabelKey('service_hours.approve')!)).toBe('审核通过时长');
    expect(lookup(zhCN, entityTypeLabelKey('participation')!)).toBe('报名记录');
  });

  it('leaves unknown actions, types and fields to be shown raw', () => {
    expect(actionLabelKey('volunteers.adopt')).toBeNull();
    expect(actionLabelKey('auth.something_new')).toBeNull();
    expect(actionLabelKey('auth')).toBeNull();
    expect(actionLabelKey('auth.login.extra')).toBeNull();
    expect(actionLabelKey('constructor.name')).toBeNull();
    expect(entityTypeLabelKey('spaceship')).toBeNull();
    expect(fieldLabelKey('favouriteColour')).toBeNull();
    expect(lookup(zhCN, fieldLabelKey('legalStatus')!)).toBe('法律身份');
  });

  it('labels exactly the fields it knows, in both languages', () => {
    expect([...AUDIT_FIELDS].sort()).toEqual(Object.keys(zhCN.audit.fields).sort());
    expect(Object.keys(en.audit.fields).sort()).toEqual(Object.keys(zhCN.audit.fields).sort());
    for (const field of ['state', 'creditedHundredths', 'rating', 'localNo', 'idNumberMasked', 'at']) {
      expect(lookup(zhCN, fieldLabelKey(field)!), field).toBeTypeOf('string');
      expect(lookup(en, fieldLabelKey(field)!), field).toBeTypeOf('string');
    }
  });
});
