import { z } from 'zod';

/*
 * A federation's rule for turning attended minutes into credited hours. The rule applied is stored as JSON on every
 * ledger entry, so an entry can always be re-explained after the registry changes its rule.
 *
 * Travel time is never part of the raw minutes: service time is "实际提供志愿服务的时间…不包括往返交通时间"
 * (民政部 2012), so callers pass only the minutes between check-in and check-out (or as entered), never the journey.
 */

/** Whether a number of hours is a whole number of hundredths (0.25, 0.5), allowing for binary fractions. */
const isWholeHundredths = (hours: number) => Math.abs(hours * 100 - Math.round(hours * 100)) < 1e-9;

/** Credit for any remainder of at most `upToMinutes` (and above the previous band's bound), in hours. */
export const roundingBandSchema = z.strictObject({
  upToMinutes: z.number().int().min(1).max(1440),
  credit: z.number().min(0).max(24).refine(isWholeHundredths, 'credit must be a whole number of hundredths'),
});
export type RoundingBand = z.infer<typeof roundingBandSchema>;

// Conditions every kind can add: a minimum share of the scheduled shift, and a cap at the shift's length.
const shiftConditions = {
  /** Credit nothing unless the attended minutes reach this share (0.6 = 60 %) of the shift's scheduled minutes. */
  minShareOfShift: z.number().gt(0).max(1).optional(),
  /** Count no more minutes than the shift was scheduled for. */
  capAtShift: z.boolean().optional(),
};

/**
 * Bands applied per unit: every full unit earns the last band's credit, and the remainder earns the credit of the
 * first band whose `upToMinutes` it does not exceed. 志愿山城: unit 60, ≤15 → 0, ≤45 → 0.5, ≤60 → 1, so 100 minutes
 * are 1 h + 40 min → 1.5 h. "Under an hour counts as an hour" (胶州) is one band { upToMinutes: 60, credit: 1 }.
 */
const bandsRuleSchema = z
  .strictObject({
    kind: z.literal('bands'),
    unitMinutes: z.number().int().min(1).max(1440),
    bands: z.array(roundingBandSchema).min(1).max(20),
    ...shiftConditions,
  })
  .superRefine((rule, ctx) => {
    rule.bands.forEach((band, index) => {
      const previous = rule.bands[index - 1];
      if (previous && band.upToMinutes <= previous.upToMinutes) {
        ctx.addIssue({ code: 'custom', path: ['bands', index, 'upToMinutes'], message: 'bands must ascend' });
      }
      // More time must never earn less credit.
      if (previous && band.credit < previous.credit) {
        ctx.addIssue({ code: 'custom', path: ['bands', index, 'credit'], message: 'credits must not decrease' });
      }
    });
    if (rule.bands.at(-1)?.upToMinutes !== rule.unitMinutes) {
      ctx.addIssue({ code: 'custom', path: ['bands'], message: 'the last band must end at unitMinutes' });
    }
  });

/**
 * Round down to a whole number of steps: step 15 is "round down to the quarter hour". The step is a multiple of 3
 * minutes so that every result is a whole number of hundredths of an hour (3 min = 0.05 h).
 */
const roundDownRuleSchema = z.strictObject({
  kind: z.literal('round_down'),
  stepMinutes: z
    .number()
    .int()
    .min(3)
    .max(1440)
    .refine((step) => step % 3 === 0, 'stepMinutes must be a multiple of 3'),
  ...shiftConditions,
});

/** The one contract for rounding rules: registry settings, the ledger's stored JSON and the settings form. */
export const roundingRuleSchema = z.discriminatedUnion('kind', [bandsRuleSchema, roundDownRuleSchema]);
export type RoundingRule = z.infer<typeof roundingRuleSchema>;
export type RoundingRuleKind = RoundingRule['kind'];

/** 志愿山城's bands, the Yunnan youth platform's 60 % share of the shift, and a cap at the scheduled length. */
export const DEFAULT_ROUNDING_RULE: RoundingRule = {
  kind: 'bands',
  unitMinutes: 60,
  bands: [
    { upToMinutes: 15, credit: 0 },
    { upToMinutes: 45, credit: 0.5 },
    { upToMinutes: 60, credit: 1 },
  ],
  minShareOfShift: 0.6,
  capAtShift: true,
};

const toHundredths = (hours: number) => Math.round(hours * 100);

function bandHundredths(minutes: number, bands: readonly RoundingBand[]): number {
  const band = bands.find((candidate) => minutes <= candidate.upToMinutes) ?? bands.at(-1)!;
  return toHundredths(band.credit);
}

/**
 * Credited hours × 100 as an integer (the ledger sums integer hundredths so totals are exact). The shift conditions
 * apply only when `scheduledMinutes` is known and positive: first the minimum share (on the attended minutes), then
 * the cap, then the rounding. A rule that rounds up (a band past its minutes) may still credit more than the shift
 * length; that is the federation's rule, not ours to change. Throws a RangeError on negative or non-finite minutes.
 */
export function creditedHundredths(rawMinutes: number, rule: RoundingRule, scheduledMinutes?: number | null): number {
  if (!Number.isFinite(rawMinutes) || rawMinutes < 0) throw new RangeError(`invalid raw minutes: ${rawMinutes}`);
  const scheduled = scheduledMinutes && scheduledMinutes > 0 ? scheduledMinutes : null;
  // A small tolerance so 0.6 × 100 (60.00000000000001 in binary) does not refuse exactly 60 minutes.
  if (
    scheduled !== null &&
    rule.minShareOfShift !== undefined &&
    rawMinutes < rule.minShareOfShift * scheduled - 1e-9
  ) {
    return 0;
  }
  const minutes = scheduled !== null && rule.capAtShift ? Math.min(rawMinutes, scheduled) : rawMinutes;
  if (minutes === 0) return 0;
  if (rule.kind === 'round_down') {
    return (Math.floor(minutes / rule.stepMinutes) * rule.stepMinutes * 100) / 60;
  }
  const fullUnits = Math.floor(minutes / rule.unitMinutes);
  const remainder = minutes - fullUnits * rule.unitMinutes;
  const perUnit = bandHundredths(rule.unitMinutes, rule.bands);
  return fullUnits * perUnit + (remainder > 0 ? bandHundredths(remainder, rule.bands) : 0);
}

/** Hundredths of an hour as a short decimal without trailing zeros: 1250 → "12.5", 300 → "3", 25 → "0.25". */
export function formatHours(hundredths: number): string {
  const rounded = Math.round(hundredths);
  const sign = rounded < 0 ? '-' : '';
  const abs = Math.abs(rounded);
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
}
