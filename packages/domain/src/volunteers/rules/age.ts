import { z } from 'zod';

/** A calendar day split into numbers; month and day are 1-based. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a 1-based month of a year (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses 'YYYY-MM-DD' into numbers, or null when it is not a real day (2023-02-29, 2024-13-01, 2024-1-5).
 * Done with plain arithmetic rather than `Date`, so no time zone can shift the day.
 */
export function parseCalendarDate(value: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function requireCalendarDate(value: string, name: string): CalendarDate {
  const parsed = parseCalendarDate(value);
  if (!parsed) throw new RangeError(`${name} is not a YYYY-MM-DD calendar day: ${value}`);
  return parsed;
}

/**
 * Full years of age (周岁) on a calendar day: a year older on each birthday. Someone born on 29 February turns a
 * year older on 1 March in years without a 29 February, because the birthday has not yet come on 28 February.
 * Throws a RangeError on a malformed day.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const birth = requireCalendarDate(birthDate, 'birthDate');
  const on = requireCalendarDate(onDate, 'onDate');
  let age = on.year - birth.year;
  if (on.month < birth.month || (on.month === birth.month && on.day < birth.day)) age -= 1;
  return age;
}

/** What a band asks of a minor: not allowed at all, a guardian present, or a guardian's recorded consent. */
export const MINOR_RULES = ['forbidden', 'accompanied', 'guardian_consent'] as const;
export type MinorRule = (typeof MINOR_RULES)[number];
export const minorRuleSchema = z.enum(MINOR_RULES);

/** One row of a registry's minors policy: anyone younger than `underAge` full years is subject to `rule`. */
export interface MinorsPolicyBand {
  underAge: number;
  rule: MinorRule;
}

export const minorsPolicyBandSchema = z.strictObject({
  underAge: z.number().int().min(1).max(18),
  rule: minorRuleSchema,
});

export const minorsPolicySchema = z.array(minorsPolicyBandSchema).max(20);

/**
 * The default follows the 东营 (2021) local practice in the research: under 6 not approved, under 10 accompanied by a
 * guardian, under 14 guardian consent. We add "under 18 guardian consent" because 团中央《中国注册志愿者管理办法》
 * requires a legal representative's (法定代理人) consent from 14 to 18, and 民法典 makes under-18s limited in capacity.
 * The under-14 band is redundant with it but kept so a registry that drops the under-18 band still has 东营's rule.
 */
export const DEFAULT_MINORS_POLICY: MinorsPolicyBand[] = [
  { underAge: 6, rule: 'forbidden' },
  { underAge: 10, rule: 'accompanied' },
  { underAge: 14, rule: 'guardian_consent' },
  { underAge: 18, rule: 'guardian_consent' },
];

export interface MinorRequirements {
  forbidden: boolean;
  guardianConsent: boolean;
  accompanied: boolean;
}

/**
 * What a volunteer of this age needs under a policy: the union of every band whose `underAge` is above the age.
 * Accompaniment implies consent too, since a guardian who comes along has agreed and the record must say so.
 */
export function minorRequirements(age: number, policy: readonly MinorsPolicyBand[]): MinorRequirements {
  const result: MinorRequirements = { forbidden: false, guardianConsent: false, accompanied: false };
  for (const band of policy) {
    if (age >= band.underAge) continue;
    if (band.rule === 'forbidden') result.forbidden = true;
    if (band.rule === 'accompanied') {
      result.accompanied = true;
      result.guardianConsent = true;
    }
    if (band.rule === 'guardian_consent') result.guardianConsent = true;
  }
  return result;
}
