import { isStrongPassword } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { generatePassword } from './generate-password.ts';

describe('generatePassword', () => {
  it('meets the strength rule every time and differs between calls', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = generatePassword();
      expect(password).toHaveLength(12);
      expect(isStrongPassword(password, 'zhangsan')).toBe(true);
      expect(password).not.toMatch(/[01OlI]/);
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });
});
