import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STAR_THRESHOLDS,
  eligibleStarLevel,
  monthsBetween,
  nextStarAwardStates,
  STAR_AWARD_STATES,
  type StarThreshold,
  starAwardStateSchema,
  starThresholdsSchema,
} from './star-levels.ts';

// Longgang-style: 1–2★ need 6 months registered, 3–4★ a year.
const LONGGANG: StarThreshold[] = [
  { level: 1, hours: 100, minMonths: 6 },
  { level: 2, hours: 300, minMonths: 6 },
  { level: 3, hours: 600, minMonths: 12 },
  { level: 4, hours: 1000, minMonths: 12 },
];

describe('eligibleStarLevel', () => {
  it('uses the national 100/300/600/1000/1500 thresholds at their boundaries', () => {
    expect(eligibleStarLevel(0, 0, DEFAULT_STAR_THRESHOLDS)).toBe(0);
    expect(eligibleStarLevel(9_999, 0, DEFAULT_STAR_THRESHOLDS)).toBe(0);
    expect(eligibleStarLevel(10_000, 0, DEFAULT_STAR_THRESHOLDS)).toBe(1);
    expect(eligibleStarLevel(29_999, 0, DEFAULT_STAR_THRESHOLDS)).toBe(1);
    expect(eligibleStarLevel(30_000, 0, DEFAULT_STAR_THRESHOLDS)).toBe(2);
    expect(eligibleStarLevel(60_000, 0, DEFAULT_STAR_THRESHOLDS)).toBe(3);
    expect(eligibleStarLevel(99_999, 0, DEFAULT_STAR_THRESHOLDS)).toBe(3);
    expect(eligibleStarLevel(100_000, 0, DEFAULT_STAR_THRESHOLDS)).toBe(4);
    expect(eligibleStarLevel(149_999, 0, DEFAULT_STAR_THRESHOLDS)).toBe(4);
    expect(eligibleStarLevel(150_000, 0, DEFAULT_STAR_THRESHOLDS)).toBe(5);
    expect(eligibleStarLevel(900_000, 0, DEFAULT_STAR_THRESHOLDS)).toBe(5);
  });

  it('needs the minimum months as well as the hours', () => {
    expect(eligibleStarLevel(70_000, 5, LONGGANG)).toBe(0);
    expect(eligibleStarLevel(70_000, 6, LONGGANG)).toBe(2);
    expect(eligibleStarLevel(70_000, 11, LONGGANG)).toBe(2);
    expect(eligibleStarLevel(70_000, 12, LONGGANG)).toBe(3);
    expect(eligibleStarLevel(500_000, 24, LONGGANG)).toBe(4);
  });

  it('compares fractional thresholds in hundredths', () => {
    const thresholds: StarThreshold[] = [{ level: 1, hours: 10.5, minMonths: 0 }];
    expect(eligibleStarLevel(1_049, 0, thresholds)).toBe(0);
    expect(eligibleStarLevel(1_050, 0, thresholds)).toBe(1);
  });
});

describe('monthsBetween', () => {
  it('counts full calendar months', () => {
    expect(monthsBetween('2024-01-15', '2024-01-15')).toBe(0);
    expect(monthsBetween('2024-01-15', '2024-02-14')).toBe(0);
    expect(monthsBetween('2024-01-15', '2024-02-15')).toBe(1);
    expect(monthsBetween('2024-01-15', '2024-07-15')).toBe(6);
    expect(monthsBetween('2023-11-30', '2024-11-29')).toBe(11);
    expect(monthsBetween('2023-11-30', '2024-11-30')).toBe(12);
  });

  it('completes a month on the 1st after a missing day', () => {
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(0);
    expect(monthsBetween('2024-01-31', '2024-03-01')).toBe(1);
    expect(monthsBetween('2024-01-31', '2024-03-31')).toBe(2);
  });

  it('is never negative and throws on malformed days', () => {
    expect(monthsBetween('2024-05-01', '2024-01-01')).toBe(0);
    expect(() => monthsBetween('2024-02-30', '2024-05-01')).toThrow(RangeError);
  });
});

describe('starThresholdsSchema', () => {
  it('accepts the defaults and a registry with fewer levels', () => {
    expect(starThresholdsSchema.parse(DEFAULT_STAR_THRESHOLDS)).toEqual(DEFAULT_STAR_THRESHOLDS);
    expect(starThresholdsSchema.safeParse(LONGGANG).success).toBe(true);
  });

  it('refuses levels out of order, hours that do not ascend and more than five levels', () => {
    const swapped = [DEFAULT_STAR_THRESHOLDS[1], DEFAULT_STAR_THRESHOLDS[0]];
    expect(starThresholdsSchema.safeParse(swapped).success).toBe(false);
    const flat = DEFAULT_STAR_THRESHOLDS.map((threshold) => ({ ...threshold, hours: 100 }));
    expect(starThresholdsSchema.safeParse(flat).success).toBe(false);
    const skipped = [{ level: 2, hours: 100, minMonths: 0 }];
    expect(starThresholdsSchema.safeParse(skipped).success).toBe(false);
    const six = [...DEFAULT_STAR_THRESHOLDS, { level: 6, hours: 2000, minMonths: 0 }];
    expect(starThresholdsSchema.safeParse(six).success).toBe(false);
    expect(starThresholdsSchema.safeParse([]).success).toBe(false);
    expect(starThresholdsSchema.safeParse([{ level: 1, hours: 0, minMonths: 0 }]).success).toBe(false);
    expect(starThresholdsSchema.safeParse([{ level: 1, hours: 10.001, minMonths: 0 }]).success).toBe(false);
  });
});

describe('star award states', () => {
  it('allows only the documented transitions', () => {
    expect(nextStarAwardStates('applied')).toEqual(['publicised', 'revoked']);
    expect(nextStarAwardStates('publicised')).toEqual(['granted', 'revoked']);
    expect(nextStarAwardStates('granted')).toEqual(['revoked']);
    expect(nextStarAwardStates('revoked')).toEqual([]);
  });

  it('never skips publicity or leaves revocation', () => {
    expect(nextStarAwardStates('applied')).not.toContain('granted');
    for (const state of STAR_AWARD_STATES) expect(nextStarAwardStates(state)).not.toContain('applied');
    expect(starAwardStateSchema.safeParse('eligible').success).toBe(false);
  });
});
