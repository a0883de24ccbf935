import { ERROR_CODES } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { en } from './en/index.ts';
import { zhCN } from './zh-CN/index.ts';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

describe('locale files', () => {
  it('have the same keys in zh-CN and en', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zhCN).sort());
  });

  it('word every server error code in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(lookup(zhCN.errors, code), `zh-CN errors.${code}`).toBeTypeOf('string');
      expect(lookup(en.errors, code), `en errors.${code}`).toBeTypeOf('string');
    }
  });

  it('leave no value empty', () => {
    for (const key of keysOf(en)) expect(lookup(en, key), key).not.toBe('');
    for (const key of keysOf(zhCN)) expect(lookup(zhCN, key), key).not.toBe('');
  });
});
