import { z } from 'zod';
import { parseCalendarDate } from './age.ts';

export type StarLevel = 0 | 1 | 2 | 3 | 4 | 5;

/** One star level: the approved service hours, and the months since registration, it needs. */
export const starThresholdSchema = z.strictObject({
  level: z.number().int().min(1).max(5),
  hours: z
    .number()
    .positive()
    .max(100_000)
    .refine((hours) => Math.abs(hours * 100 - Math.round(hours * 100)) < 1e-9, 'hours must be whole hundredths'),
  minMonths: z.number().int().min(0).max(600),
});
export type StarThreshold = z.infer<typeof starThresholdSchema>;

/**
 * A registry's star levels: levels 1, 2, … in order (up to 5; a registry may use fewer), with strictly ascending
 * hours. Thresholds differ between federations (Dalian 50/150/…, 成都龙泉驿 50/100/…), hence configurable.
 */
export const starThresholdsSchema = z
  .array(starThresholdSchema)
  .min(1)
  .max(5)
  .superRefine((thresholds, ctx) => {
    thresholds.forEach((threshold, index) => {
      if (threshold.level !== index + 1) {
        ctx.addIssue({ code: 'custom', path: [index, 'level'], message: 'levels must be 1, 2, … in order' });
      }
      const previous = thresholds[index - 1];
      if (previous && threshold.hours <= previous.hours) {
        ctx.addIssue({ code: 'custom', path: [index, 'hours'], message: 'hours must ascend' });
      }
    });
  });

/**
 * The national thresholds (民政部 2012, 中国社会工作协会, 广东): 100 / 300 / 600 / 1000 / 1500 hours. No minimum
 * months by default; Shenzhen-style registries add them (6, 6, 12, 12, 24).
 */
export const DEFAULT_STAR_THRESHOLDS: StarThreshold[] = [
  { level: 1, hours: 100, minMonths: 0 },
  { level: 2, hours: 300, minMonths: 0 },
  { level: 3, hours: 600, minMonths: 0 },
  { level: 4, hours: 1000, minMonths: 0 },
  { level: 5, hours: 1500, minMonths: 0 },
];

/**
 * The highest star level whose hours and minimum months are both met, 0 for none. Eligibility only: a star is
 * granted by the federation after application and publicity, see `nextStarAwardStates`.
 */
export function eligibleStarLevel(
  approvedHundredths: number,
  monthsRegistered: number,
  thresholds: readonly StarThreshold[],
): StarLevel {
  let best = 0;
  for (const threshold of thresholds) {
    const met = approvedHundredths >= Math.round(threshold.hours * 100) && monthsRegistered >= threshold.minMonths;
    if (met && threshold.level > best) best = threshold.level;
  }
  return best as StarLevel;
}

/**
 * Full calendar months from one day to another (YYYY-MM-DD), never negative. A month is full on the same day of
 * the month; when that day does not exist (31 Jan → February), it is full on the 1st of the month after, as with
 * birthdays in `ageOn`. Throws a RangeError on a malformed day.
 */
export function monthsBetween(fromDate: string, toDate: string): number {
  const from = parseCalendarDate(fromDate);
  const to = parseCalendarDate(toDate);
  if (!from || !to) throw new RangeError(`not YYYY-MM-DD calendar days: ${fromDate}, ${toDate}`);
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  if (to.day < from.day) months -= 1;
  return Math.max(0, months);
}

/**
 * A star award's life: applied (申请) → publicised (公示) → granted (授予); any of them may be revoked, e.g. for
 * falsified hours. "Eligible" is computed from the ledger, never stored.
 */
export const STAR_AWARD_STATES = ['applied', 'publicised', 'granted', 'revoked'] as const;
export type StarAwardState = (typeof STAR_AWARD_STATES)[number];
export const starAwardStateSchema = z.enum(STAR_AWARD_STATES);

const STAR_AWARD_TRANSITIONS: Record<StarAwardState, readonly StarAwardState[]> = {
  applied: ['publicised', 'revoked'],
  publicised: ['granted', 'revoked'],
  granted: ['revoked'],
  revoked: [],
};

/** The states a star award may move to from `state`; none once revoked. */
export function nextStarAwardStates(state: StarAwardState): readonly StarAwardState[] {
  return STAR_AWARD_TRANSITIONS[state];
}
