import { describe, expect, it } from 'vitest';
import { isValidUscc, usccCheckCharacter } from './uscc.ts';

describe('统一社会信用代码 (GB 32100)', () => {
  it('computes the check character over the first 17 characters', () => {
    // Published sample codes with known check characters.
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(usccCheckCharacter('51440300MJL0000A0')).not.toBeNull();
  });

  it('accepts a code whose check character matches, in any letter case', () => {
    const first17 = '53440304MJL123456';
    const code = first17 + usccCheckCharacter(first17);
    expect(isValidUscc(code)).toBe(true);
    expect(isValidUscc(code.toLowerCase())).toBe(true);
  });

  it('refuses a wrong check character, a wrong length and letters outside the alphabet', () => {
    const first17 = '53440304MJL123456';
    const right = usccCheckCharacter(first17)!;
    const wrong = right === '0' ? '1' : '0';
    expect(isValidUscc(first17 + wrong)).toBe(false);
    expect(isValidUscc(first17)).toBe(false);
    expect(isValidUscc(`${first17}${right}0`)).toBe(false);
    expect(isValidUscc('5344030IMJL12345X0')).toBe(false); // I is not in the alphabet
  });
});
