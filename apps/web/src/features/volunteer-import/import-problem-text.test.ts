import { IDENTITY_PROBLEMS } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../i18n/zh-CN/index.ts';
import { VOLUNTEER_IMPORT_PROBLEM_CODES } from './import-contracts.ts';
import { problemMessage } from './import-problem-text.ts';

const lookup = (key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], zhCN);

describe('problemMessage', () => {
  it('words an ID number problem by the rule that failed', () => {
    const message = problemMessage({
      row: 5,
      column: 'idNumber',
      code: 'id_number_invalid',
      problem: 'check_character',
    });
    expect(message.key).toBe('volunteerImport.problems.id.check_character');
    expect(lookup(message.key)).toBe('身份证校验位错误');
  });

  it('names the other row of a duplicate', () => {
    const message = problemMessage({ row: 9, column: 'idNumber', code: 'duplicate_in_file', otherRow: 4 });
    expect(message.values.otherRow).toBe(4);
    expect(lookup(message.key)).toBe('文件内重复（与第 {{otherRow}} 行）');
  });

  it('has a Chinese wording for every problem code and every ID rule', () => {
    for (const code of VOLUNTEER_IMPORT_PROBLEM_CODES) {
      const { key } = problemMessage({ row: 2, column: 'name', code, problem: 'format' });
      expect(lookup(key), key).toBeTypeOf('string');
    }
    for (const rule of IDENTITY_PROBLEMS) {
      const { key } = problemMessage({ row: 2, column: 'idNumber', code: 'id_number_invalid', problem: rule });
      expect(lookup(key), key).toBeTypeOf('string');
    }
  });
});
