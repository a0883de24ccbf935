import { describe, expect, it } from 'vitest';
import { isStrongPassword } from './password-rule.ts';

describe('password rule', () => {
  it('needs 10 characters with letters and digits', () => {
    expect(isStrongPassword('abc12345xy')).toBe(true);
    expect(isStrongPassword('abc1234xy')).toBe(false);
    expect(isStrongPassword('abcdefghijk')).toBe(false);
    expect(isStrongPassword('12345678901')).toBe(false);
  });

  it('refuses a password containing the username', () => {
    expect(isStrongPassword('zhangsan2026', 'zhangsan')).toBe(false);
    expect(isStrongPassword('Harbour2026x', 'zhangsan')).toBe(true);
  });
});
