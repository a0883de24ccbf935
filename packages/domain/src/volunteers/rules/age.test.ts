import { describe, expect, it } from 'vitest';
import {
  ageOn,
  DEFAULT_MINORS_POLICY,
  daysInMonth,
  type MinorsPolicyBand,
  minorRequirements,
  minorsPolicySchema,
  parseCalendarDate,
} from './age.ts';

describe('parseCalendarDate', () => {
  it('accepts real days and refuses impossible or malformed ones', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate('2000-02-29')).not.toBeNull();
    expect(parseCalendarDate('1900-02-29')).toBeNull();
    expect(parseCalendarDate('2023-02-29')).toBeNull();
    expect(parseCalendarDate('2024-04-31')).toBeNull();
    expect(parseCalendarDate('2024-13-01')).toBeNull();
    expect(parseCalendarDate('2024-00-10')).toBeNull();
    expect(parseCalendarDate('2024-1-5')).toBeNull();
    expect(parseCalendarDate('20240105')).toBeNull();
  });

  it('knows the length of each month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2023, month))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('ageOn', () => {
  it('counts full years, a year older on the birthday', () => {
    expect(ageOn('2010-06-15', '2024-06-14')).toBe(13);
    expect(ageOn('2010-06-15', '2024-06-15')).toBe(14);
    expect(ageOn('2010-06-15', '2024-12-31')).toBe(14);
    expect(ageOn('2010-06-15', '2010-06-15')).toBe(0);
    expect(ageOn('2010-12-31', '2011-01-01')).toBe(0);
  });

  it('makes a 29 February birthday a year older on 1 March in non-leap years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-28')).toBe(19);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('throws on malformed days', () => {
    expect(() => ageOn('2023-02-29', '2024-01-01')).toThrow(RangeError);
    expect(() => ageOn('2010-06-15', 'today')).toThrow(RangeError);
  });
});

describe('minorRequirements', () => {
  const none = { forbidden: false, guardianConsent: false, accompanied: false };

  it('applies the default policy at each boundary', () => {
    expect(minorRequirements(5, DEFAULT_MINORS_POLICY)).toEqual({
      forbidden: true,
      guardianConsent: true,
      accompanied: true,
    });
    expect(minorRequirements(6, DEFAULT_MINORS_POLICY)).toEqual({
      forbidden: false,
      guardianConsent: true,
      accompanied: true,
    });
    expect(minorRequirements(9, DEFAULT_MINORS_POLICY).accompanied).toBe(true);
    expect(minorRequirements(10, DEFAULT_MINORS_POLICY)).toEqual({ ...none, guardianConsent: true });
    expect(minorRequirements(14, DEFAULT_MINORS_POLICY)).toEqual({ ...none, guardianConsent: true });
    expect(minorRequirements(17, DEFAULT_MINORS_POLICY)).toEqual({ ...none, guardianConsent: true });
    expect(minorRequirements(18, DEFAULT_MINORS_POLICY)).toEqual(none);
    expect(minorRequirements(70, DEFAULT_MINORS_POLICY)).toEqual(none);
  });

  it('makes accompaniment imply consent, and an empty policy require nothing', () => {
    const policy: MinorsPolicyBand[] = [{ underAge: 12, rule: 'accompanied' }];
    expect(minorRequirements(11, policy)).toEqual({ forbidden: false, guardianConsent: true, accompanied: true });
    expect(minorRequirements(12, policy)).toEqual(none);
    expect(minorRequirements(3, [])).toEqual(none);
  });

  it('validates a policy with the schema', () => {
    expect(minorsPolicySchema.parse(DEFAULT_MINORS_POLICY)).toEqual(DEFAULT_MINORS_POLICY);
    expect(minorsPolicySchema.safeParse([{ underAge: 19, rule: 'forbidden' }]).success).toBe(false);
    expect(minorsPolicySchema.safeParse([{ underAge: 10, rule: 'banned' }]).success).toBe(false);
    expect(minorsPolicySchema.safeParse([{ underAge: 10.5, rule: 'forbidden' }]).success).toBe(false);
    expect(minorsPolicySchema.safeParse([{ underAge: 10, rule: 'forbidden', note: 'x' }]).success).toBe(false);
  });
});
