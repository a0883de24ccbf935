import { describe, expect, it } from 'vitest';
import {
  creditedHundredths,
  DEFAULT_ROUNDING_RULE,
  formatHours,
  type RoundingRule,
  roundingRuleSchema,
} from './hours-rounding.ts';

// 志愿山城's bands alone, without the shift conditions.
const SHANCHENG: RoundingRule = { ...DEFAULT_ROUNDING_RULE, minShareOfShift: undefined, capAtShift: undefined };
const QUARTER: RoundingRule = { kind: 'round_down', stepMinutes: 15 };

describe('creditedHundredths with 志愿山城 bands', () => {
  it.each([
    [0, 0],
    [1, 0],
    [15, 0],
    [16, 50],
    [45, 50],
    [46, 100],
    [60, 100],
    [61, 100],
    [75, 100],
    [76, 150],
    [100, 150],
    [105, 150],
    [106, 200],
    [120, 200],
    [135, 200],
    [480, 800],
  ])('%i minutes credit %i hundredths', (minutes, expected) => {
    expect(creditedHundredths(minutes, SHANCHENG)).toBe(expected);
  });

  it('treats fractional minutes by the same bounds', () => {
    expect(creditedHundredths(15.5, SHANCHENG)).toBe(50);
    expect(creditedHundredths(45.5, SHANCHENG)).toBe(100);
  });
});

describe('creditedHundredths shift conditions', () => {
  it('credits nothing below 60 % of the scheduled shift', () => {
    expect(creditedHundredths(59, DEFAULT_ROUNDING_RULE, 100)).toBe(0);
    expect(creditedHundredths(60, DEFAULT_ROUNDING_RULE, 100)).toBe(100);
    expect(creditedHundredths(107, DEFAULT_ROUNDING_RULE, 180)).toBe(0);
    // 108 minutes = 1 h + 48 min → 2 h.
    expect(creditedHundredths(108, DEFAULT_ROUNDING_RULE, 180)).toBe(200);
  });

  it('caps the minutes at the scheduled shift before rounding', () => {
    expect(creditedHundredths(150, DEFAULT_ROUNDING_RULE, 120)).toBe(200);
    // 140 minutes would be 2 h + 20 min → 2.5 h; capped at 100 minutes they are 1 h + 40 min → 1.5 h.
    expect(creditedHundredths(140, SHANCHENG, 100)).toBe(250);
    expect(creditedHundredths(140, DEFAULT_ROUNDING_RULE, 100)).toBe(150);
  });

  it('ignores the conditions when the scheduled length is unknown', () => {
    expect(creditedHundredths(20, DEFAULT_ROUNDING_RULE)).toBe(50);
    expect(creditedHundredths(20, DEFAULT_ROUNDING_RULE, null)).toBe(50);
    expect(creditedHundredths(300, DEFAULT_ROUNDING_RULE, 0)).toBe(500);
  });

  it('may round a short shift up past its length, as the bands say', () => {
    expect(creditedHundredths(50, DEFAULT_ROUNDING_RULE, 50)).toBe(100);
  });
});

describe('creditedHundredths with other rules', () => {
  it('rounds down to the quarter hour', () => {
    expect(creditedHundredths(14, QUARTER)).toBe(0);
    expect(creditedHundredths(15, QUARTER)).toBe(25);
    expect(creditedHundredths(44, QUARTER)).toBe(50);
    expect(creditedHundredths(61, QUARTER)).toBe(100);
    expect(creditedHundredths(100, QUARTER)).toBe(150);
    expect(creditedHundredths(119.9, QUARTER)).toBe(175);
  });

  it('counts any started hour as an hour (胶州)', () => {
    const rule: RoundingRule = { kind: 'bands', unitMinutes: 60, bands: [{ upToMinutes: 60, credit: 1 }] };
    expect(creditedHundredths(1, rule)).toBe(100);
    expect(creditedHundredths(60, rule)).toBe(100);
    expect(creditedHundredths(61, rule)).toBe(200);
  });

  it('applies the shift conditions to round_down too', () => {
    const rule: RoundingRule = { ...QUARTER, minShareOfShift: 0.5, capAtShift: true };
    expect(creditedHundredths(29, rule, 60)).toBe(0);
    expect(creditedHundredths(30, rule, 60)).toBe(50);
    expect(creditedHundredths(90, rule, 60)).toBe(100);
  });

  it('throws on negative or non-finite minutes', () => {
    expect(() => creditedHundredths(-1, SHANCHENG)).toThrow(RangeError);
    expect(() => creditedHundredths(Number.NaN, SHANCHENG)).toThrow(RangeError);
  });
});

describe('roundingRuleSchema', () => {
  it('accepts the default and survives a JSON round trip', () => {
    const stored = JSON.stringify(DEFAULT_ROUNDING_RULE);
    expect(roundingRuleSchema.parse(JSON.parse(stored))).toEqual(DEFAULT_ROUNDING_RULE);
    expect(roundingRuleSchema.parse(QUARTER)).toEqual(QUARTER);
  });

  it('refuses bands that do not ascend, lower the credit or stop short of the unit', () => {
    const bands = (list: { upToMinutes: number; credit: number }[]) => ({
      kind: 'bands',
      unitMinutes: 60,
      bands: list,
    });
    expect(roundingRuleSchema.safeParse(bands([{ upToMinutes: 45, credit: 0.5 }])).success).toBe(false);
    expect(
      roundingRuleSchema.safeParse(
        bands([
          { upToMinutes: 45, credit: 0.5 },
          { upToMinutes: 15, credit: 0 },
          { upToMinutes: 60, credit: 1 },
        ]),
      ).success,
    ).toBe(false);
    expect(
      roundingRuleSchema.safeParse(
        bands([
          { upToMinutes: 30, credit: 1 },
          { upToMinutes: 60, credit: 0.5 },
        ]),
      ).success,
    ).toBe(false);
    expect(roundingRuleSchema.safeParse(bands([{ upToMinutes: 60, credit: 0.333 }])).success).toBe(false);
    expect(roundingRuleSchema.safeParse(bands([])).success).toBe(false);
  });

  it('refuses unknown kinds, steps that are not whole hundredths and out-of-range shares', () => {
    expect(roundingRuleSchema.safeParse({ kind: 'exact' }).success).toBe(false);
    expect(roundingRuleSchema.safeParse({ kind: 'round_down', stepMinutes: 10 }).success).toBe(false);
    expect(roundingRuleSchema.safeParse({ kind: 'round_down', stepMinutes: 6 }).success).toBe(true);
    expect(roundingRuleSchema.safeParse({ ...QUARTER, minShareOfShift: 1.2 }).success).toBe(false);
    expect(roundingRuleSchema.safeParse({ ...QUARTER, minShareOfShift: 0 }).success).toBe(false);
    expect(roundingRuleSchema.safeParse({ ...QUARTER, extra: true }).success).toBe(false);
  });
});

describe('formatHours', () => {
  it('drops trailing zeros', () => {
    expect(formatHours(1250)).toBe('12.5');
    expect(formatHours(300)).toBe('3');
    expect(formatHours(25)).toBe('0.25');
    expect(formatHours(5)).toBe('0.05');
    expect(formatHours(0)).toBe('0');
    expect(formatHours(150_010)).toBe('1500.1');
  });

  it('keeps the sign of corrections', () => {
    expect(formatHours(-50)).toBe('-0.5');
    expect(formatHours(-200)).toBe('-2');
  });
});
