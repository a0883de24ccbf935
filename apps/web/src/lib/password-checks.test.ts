import { isStrongPassword } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { meetsPasswordRule, passwordChecks } from './password-checks.ts';

describe('passwordChecks', () => {
  it('reports each part of the rule', () => {
    expect(passwordChecks('short1', 'li')).toEqual({ length: false, lettersAndDigits: true, notUsername: true });
    expect(passwordChecks('onlyletterss', 'li')).toEqual({ length: true, lettersAndDigits: false, notUsername: true });
    expect(passwordChecks('Zhangwei2024', 'ZhangWei')).toEqual({
      length: true,
      lettersAndDigits: true,
      notUsername: false,
    });
    expect(passwordChecks('harbour2024x', '')).toEqual({ length: true, lettersAndDigits: true, notUsername: true });
  });

  it('all checks pass exactly when the server would accept the password', () => {
    const cases: [string, string][] = [
      ['short1', 'li'],
      ['abcdefghij', 'li'],
      ['1234567890', 'li'],
      ['abcde12345', 'li'],
      ['xx-wangfang-99', 'wangfang'],
      ['WANGFANG2024', 'wangfang'],
      ['river stone 7', 'admin'],
    ];
    for (const [password, username] of cases) {
      const checks = passwordChecks(password, username);
      const allMet = checks.length && checks.lettersAndDigits && checks.notUsername;
      expect(allMet, password).toBe(isStrongPassword(password, username));
      expect(meetsPasswordRule(password, username), password).toBe(isStrongPassword(password, username));
    }
  });
});
