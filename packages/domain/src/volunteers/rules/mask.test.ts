import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone, normalizePhone } from './mask.ts';

describe('maskIdNumber', () => {
  it('keeps the first 3 and last 4 characters of a resident ID, same length', () => {
    expect(maskIdNumber('resident_id', '33108119900307124X')).toBe('331***********124X');
    expect(maskIdNumber('resident_id', '331081199003071231')).toHaveLength(18);
  });

  it('keeps the first 1 and last 2 of other numbers of 6 or more characters', () => {
    expect(maskIdNumber('passport', 'E12345678')).toBe('E******78');
    expect(maskIdNumber('hk_macao_permit', '810000198808081235')).toBe('8***************35');
    expect(maskIdNumber('other', 'ABC123')).toBe('A***23');
    expect(maskIdNumber('other', '南字第123456号')).toBe('南*******6号');
  });

  it('hides short numbers completely', () => {
    expect(maskIdNumber('other', 'AB123')).toBe('*****');
    expect(maskIdNumber('resident_id', '1234567')).toBe('*******');
    expect(maskIdNumber('other', '')).toBe('');
  });
});

describe('maskPhone', () => {
  it('shows a mainland mobile as 3 + **** + 4', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('keeps only the last 4 of other numbers', () => {
    expect(maskPhone('057188881234')).toBe('********1234');
    expect(maskPhone('12345678901')).toBe('*******8901'); // 12… is not a mobile prefix
    expect(maskPhone('1234')).toBe('****');
  });
});

describe('maskName', () => {
  it('keeps the first character, or the first two from four characters on', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('王小明')).toBe('王**');
    expect(maskName('欧阳娜娜')).toBe('欧阳**');
    expect(maskName('买买提·艾力')).toBe('买买****');
  });

  it('leaves a one-character name alone and counts characters outside the BMP once', () => {
    expect(maskName('李')).toBe('李');
    expect(maskName(' 𠮷野 ')).toBe('𠮷*');
    expect(maskName('')).toBe('');
  });
});

describe('normalizePhone', () => {
  it('returns mainland mobiles as 11 digits, with or without a country code', () => {
    expect(normalizePhone('13812345678')).toBe('13812345678');
    expect(normalizePhone('138 1234 5678')).toBe('13812345678');
    expect(normalizePhone('138-1234-5678')).toBe('13812345678');
    expect(normalizePhone('+86 138 1234 5678')).toBe('13812345678');
    expect(normalizePhone('+86-13812345678')).toBe('13812345678');
    expect(normalizePhone('8613812345678')).toBe('13812345678');
    expect(normalizePhone('008613812345678')).toBe('13812345678');
    expect(normalizePhone('１３８１２３４５６７８')).toBe('13812345678');
    expect(normalizePhone('19912345678')).toBe('19912345678');
  });

  it('returns landlines with their area code', () => {
    expect(normalizePhone('0571-88881234')).toBe('057188881234');
    expect(normalizePhone('010-12345678')).toBe('01012345678');
    expect(normalizePhone('(020) 1234 5678')).toBe('02012345678');
    expect(normalizePhone('0755-1234567')).toBe('07551234567');
    expect(normalizePhone('+86 571 8888 1234')).toBe('057188881234');
    expect(normalizePhone('+86 10 1234 5678')).toBe('01012345678');
    expect(normalizePhone('+86 0571 88881234')).toBe('057188881234');
  });

  it('refuses everything else', () => {
    expect(normalizePhone('')).toBeNull();
    expect(normalizePhone('12812345678')).toBeNull();
    expect(normalizePhone('1381234567')).toBeNull();
    expect(normalizePhone('138123456789')).toBeNull();
    expect(normalizePhone('88881234')).toBeNull(); // no area code
    expect(normalizePhone('0571-88881234-801')).toBeNull(); // extension
    expect(normalizePhone('+1 415 555 0100')).toBeNull();
    expect(normalizePhone('+86 128 1234 5678')).toBeNull();
    expect(normalizePhone('138.1234.5678')).toBeNull();
    expect(normalizePhone('tel:13812345678')).toBeNull();
  });
});
