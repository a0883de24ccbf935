import { residentIdCheckCharacter } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { identityProblemOf, residentIdFactsOf } from './identity-check.ts';

// An invented number (region 331081, born 1990-05-17, sequence 123: odd, so male) with its correct check character.
const FIRST17 = '33108119900517123';
const VALID = FIRST17 + residentIdCheckCharacter(FIRST17);
const wrongCheck = FIRST17 + (VALID.endsWith('0') ? '1' : '0');
const TODAY = '2026-11-23';

describe('identityProblemOf', () => {
  it('says nothing until a number is typed', () => {
    expect(identityProblemOf({ idType: 'resident_id', idNumber: '  ' }, TODAY)).toBeNull();
    expect(identityProblemOf({ idNumber: VALID }, TODAY)).toBeNull();
  });

  it('passes a valid resident ID, also typed in lower case with spaces', () => {
    expect(identityProblemOf({ idType: 'resident_id', idNumber: VALID }, TODAY)).toBeNull();
    expect(
      identityProblemOf({ idType: 'resident_id', idNumber: ` ${VALID.slice(0, 6)} ${VALID.slice(6)}` }, TODAY),
    ).toBeNull();
  });

  it('names the wrong check character', () => {
    expect(identityProblemOf({ idType: 'resident_id', idNumber: wrongCheck }, TODAY)).toBe('check_character');
  });

  it('names a birth date or gender that disagree with the number', () => {
    expect(identityProblemOf({ idType: 'resident_id', idNumber: VALID, birthDate: '1990-05-18' }, TODAY)).toBe(
      'birth_date_mismatch',
    );
    expect(identityProblemOf({ idType: 'resident_id', idNumber: VALID, gender: 'female' }, TODAY)).toBe(
      'gender_mismatch',
    );
  });

  it('checks other documents for format only', () => {
    expect(identityProblemOf({ idType: 'hk_macao_permit', idNumber: 'H12345678' }, TODAY)).toBeNull();
    expect(identityProblemOf({ idType: 'hk_macao_permit', idNumber: 'X1' }, TODAY)).toBe('format');
  });
});

describe('residentIdFactsOf', () => {
  it('reads birth date and gender from a valid resident ID', () => {
    expect(residentIdFactsOf('resident_id', VALID, TODAY)).toEqual({
      regionCode: '331081',
      birthDate: '1990-05-17',
      gender: 'male',
    });
  });

  it('reads nothing from a wrong number or another document type', () => {
    expect(residentIdFactsOf('resident_id', wrongCheck, TODAY)).toBeNull();
    expect(residentIdFactsOf('passport', VALID, TODAY)).toBeNull();
    expect(residentIdFactsOf('resident_id', undefined, TODAY)).toBeNull();
  });
});
