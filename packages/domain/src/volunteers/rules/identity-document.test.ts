import { describe, expect, it } from 'vitest';
import {
  checkIdentityDocument,
  ID_TYPES,
  idTypeSchema,
  isIdNumberFormat,
  normalizeIdNumber,
  parseResidentId,
  residentIdCheckCharacter,
} from './identity-document.ts';

// Invented numbers (region 331081), check characters computed independently with ISO 7064 MOD 11-2.
const MALE_1990 = '331081199003071231'; // 17th digit 3: male
const FEMALE_1990_X = '33108119900307124X'; // 17th digit 4: female, check X
const LEAP_DAY_2008 = '331081200802290022';

describe('residentIdCheckCharacter (ISO 7064 MOD 11-2)', () => {
  it('computes the published sample and invented numbers', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('33108119900307123')).toBe('1');
    expect(residentIdCheckCharacter('33108119900307124')).toBe('X');
    expect(residentIdCheckCharacter('33108120080229002')).toBe('2');
    expect(residentIdCheckCharacter('33108120100101551')).toBe('9');
    expect(residentIdCheckCharacter('33108119950301118')).toBe('X');
  });

  it('refuses anything but 17 digits', () => {
    expect(() => residentIdCheckCharacter('3310811990030712')).toThrow(RangeError);
    expect(() => residentIdCheckCharacter('3310811990030712A')).toThrow(RangeError);
  });
});

describe('normalizeIdNumber', () => {
  it('trims, removes spaces, upper-cases and converts full-width characters', () => {
    expect(normalizeIdNumber('resident_id', ' 331081 19900307 124x ')).toBe(FEMALE_1990_X);
    expect(normalizeIdNumber('resident_id', '３３１０８１１９９００３０７１２４ｘ')).toBe(FEMALE_1990_X);
    expect(normalizeIdNumber('passport', 'e\u300012345678')).toBe('E12345678');
    expect(normalizeIdNumber('hk_macao_permit', 'ｈ12345678')).toBe('H12345678');
  });
});

describe('parseResidentId', () => {
  it('reads region, birth date and gender', () => {
    expect(parseResidentId('11010519491231002X')).toEqual({
      regionCode: '110105',
      birthDate: '1949-12-31',
      gender: 'female',
    });
    expect(parseResidentId(MALE_1990)).toEqual({ regionCode: '331081', birthDate: '1990-03-07', gender: 'male' });
    expect(parseResidentId(LEAP_DAY_2008)?.birthDate).toBe('2008-02-29');
  });

  it('accepts a lower-case x check character', () => {
    expect(parseResidentId('33108119900307124x')?.gender).toBe('female');
  });

  it('refuses wrong length, letters, wrong check characters and impossible dates', () => {
    expect(parseResidentId('33108119900307123')).toBeNull();
    expect(parseResidentId('3310811990030712311')).toBeNull();
    expect(parseResidentId('33108119900307123A')).toBeNull();
    expect(parseResidentId('331081199003071232')).toBeNull();
    expect(parseResidentId('331081199003071X31')).toBeNull();
    // 30 February 1900 with its own correct check character.
    expect(parseResidentId('331081190002300011')).toBeNull();
    // 31 December 1899, correct check character: before 1900.
    expect(parseResidentId('331081189912310018')).toBeNull();
  });

  it('accepts 1 January 1900 and refuses birth dates after today when today is given', () => {
    expect(parseResidentId('331081190001010012')?.birthDate).toBe('1900-01-01');
    expect(parseResidentId('331081209912310013')?.birthDate).toBe('2099-12-31');
    expect(parseResidentId('331081209912310013', '2026-05-01')).toBeNull();
    expect(parseResidentId('331081202401010033', '2024-01-01')?.birthDate).toBe('2024-01-01');
    expect(parseResidentId('331081202401010033', '2023-12-31')).toBeNull();
  });
});

describe('checkIdentityDocument', () => {
  it('passes a valid resident ID, with or without claims that agree', () => {
    expect(checkIdentityDocument('resident_id', MALE_1990)).toBeNull();
    expect(checkIdentityDocument('resident_id', FEMALE_1990_X.toLowerCase())).toBeNull();
    expect(checkIdentityDocument('resident_id', MALE_1990, { birthDate: '1990-03-07', gender: 'male' })).toBeNull();
    expect(checkIdentityDocument('resident_id', MALE_1990, { birthDate: null, gender: null })).toBeNull();
  });

  it('reports problems in order: format, birth date, check character, then claims', () => {
    expect(checkIdentityDocument('resident_id', '3310811990030712')).toBe('format');
    expect(checkIdentityDocument('resident_id', '33108119900307123Y')).toBe('format');
    // Bad date and bad check character together: the date is reported.
    expect(checkIdentityDocument('resident_id', '331081199002301230')).toBe('birth_date');
    expect(checkIdentityDocument('resident_id', '331081190002300011')).toBe('birth_date');
    expect(checkIdentityDocument('resident_id', '331081199013071231')).toBe('birth_date');
    expect(checkIdentityDocument('resident_id', '331081199003071232')).toBe('check_character');
    // Wrong check character and a mismatching claim: the check character is reported.
    expect(checkIdentityDocument('resident_id', '331081199003071232', { gender: 'female' })).toBe('check_character');
    expect(checkIdentityDocument('resident_id', MALE_1990, { birthDate: '1990-03-08', gender: 'female' })).toBe(
      'birth_date_mismatch',
    );
    expect(checkIdentityDocument('resident_id', MALE_1990, { gender: 'female' })).toBe('gender_mismatch');
    expect(checkIdentityDocument('resident_id', FEMALE_1990_X, { gender: 'male' })).toBe('gender_mismatch');
  });

  it('refuses a future birth date relative to today', () => {
    expect(checkIdentityDocument('resident_id', '331081209912310013', undefined, '2026-05-01')).toBe('birth_date');
  });

  it('checks 港澳 permits and residence permits', () => {
    expect(checkIdentityDocument('hk_macao_permit', 'H12345678')).toBeNull();
    expect(checkIdentityDocument('hk_macao_permit', 'm1234567801')).toBeNull();
    expect(checkIdentityDocument('hk_macao_permit', '810000198808081235')).toBeNull();
    expect(checkIdentityDocument('hk_macao_permit', '820000198808081235')).toBeNull();
    expect(checkIdentityDocument('hk_macao_permit', 'H123456789')).toBe('format');
    expect(checkIdentityDocument('hk_macao_permit', 'C12345678')).toBe('format');
    expect(checkIdentityDocument('hk_macao_permit', '830000198808081235')).toBe('format');
  });

  it('checks 台湾 permits and residence permits', () => {
    expect(checkIdentityDocument('taiwan_permit', '12345678')).toBeNull();
    expect(checkIdentityDocument('taiwan_permit', '830000198808081235')).toBeNull();
    expect(checkIdentityDocument('taiwan_permit', '1234567')).toBe('format');
    expect(checkIdentityDocument('taiwan_permit', '810000198808081235')).toBe('format');
  });

  it('checks passports: Chinese E/G numbers and foreign 5–20 letters or digits', () => {
    expect(checkIdentityDocument('passport', 'E12345678')).toBeNull();
    expect(checkIdentityDocument('passport', 'EA1234567')).toBeNull();
    expect(checkIdentityDocument('passport', 'g12345678')).toBeNull();
    expect(checkIdentityDocument('passport', 'X1234')).toBeNull();
    expect(checkIdentityDocument('passport', 'A'.repeat(20))).toBeNull();
    expect(checkIdentityDocument('passport', 'X123')).toBe('format');
    expect(checkIdentityDocument('passport', 'A'.repeat(21))).toBe('format');
    expect(checkIdentityDocument('passport', 'E1234-5678')).toBe('format');
  });

  it('checks foreign permanent resident cards, old and new', () => {
    expect(checkIdentityDocument('foreign_permanent_resident', 'USA110012345678')).toBeNull();
    expect(checkIdentityDocument('foreign_permanent_resident', '93308119900307123X')).toBeNull();
    expect(checkIdentityDocument('foreign_permanent_resident', 'US1100123456789')).toBe('format');
    expect(checkIdentityDocument('foreign_permanent_resident', '331081199003071231')).toBe('format');
  });

  it('accepts any 1–30 printable characters as other, and checks nothing else', () => {
    expect(checkIdentityDocument('other', '南字第123456号')).toBeNull();
    expect(checkIdentityDocument('other', 'x'.repeat(30))).toBeNull();
    expect(checkIdentityDocument('other', 'x'.repeat(31))).toBe('format');
    expect(checkIdentityDocument('other', '   ')).toBe('format');
    expect(checkIdentityDocument('other', 'AB\u0007C')).toBe('format');
    // Claims are only compared for resident IDs.
    expect(checkIdentityDocument('passport', 'E12345678', { gender: 'female', birthDate: '2000-01-01' })).toBeNull();
  });

  it('has a format rule for every type and a schema over the same list', () => {
    for (const type of ID_TYPES) expect(isIdNumberFormat(type, '')).toBe(false);
    expect(idTypeSchema.parse('taiwan_permit')).toBe('taiwan_permit');
    expect(idTypeSchema.safeParse('drivers_licence').success).toBe(false);
  });
});
