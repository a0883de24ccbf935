import { z } from 'zod';
import { idSchema, instantSchema, pageOf } from '../common/common.schemas.ts';
import { roundingRuleSchema } from '../volunteers/rules/hours-rounding.ts';
import { CHECK_FLAGS, HOURS_KINDS, HOURS_SOURCES, HOURS_STATUSES } from '../volunteers/volunteer-enums.ts';

/**
 * The credit a person set by hand instead of the registry's rounding rule: a coordinator's override of a manual
 * record, and every correction and void (whose amounts are a decision, not a computation).
 */
export const MANUAL_CREDIT_RULE = { kind: 'manual' } as const;

/**
 * What a ledger entry's `rounding_rule` JSON holds: the registry's rule as it was when the entry was credited, or
 * `{ "kind": "manual" }` when a person set the credited amount. Null only for rows written before rules were kept.
 */
export const appliedRuleSchema = z.union([roundingRuleSchema, z.object({ kind: z.literal('manual') })]);
export type AppliedRule = z.infer<typeof appliedRuleSchema>;

/**
 * One row of the service-hours ledger as the approval workbench, the detail page and "my hours" show it. Amounts are
 * integer hundredths of an hour; a correction or void carries the signed change and its reason in `content`.
 */
export const hoursEntrySchema = z.object({
  id: idSchema,
  registryId: idSchema,
  volunteerId: idSchema,
  volunteerName: z.string(),
  volunteerLocalNo: z.string(),
  activityId: idSchema.nullable(),
  activityTitle: z.string().nullable(),
  participationId: idSchema.nullable(),
  serviceDate: z.string(),
  startedAt: instantSchema.nullable(),
  endedAt: instantSchema.nullable(),
  rawMinutes: z.number().int(),
  creditedHundredths: z.number().int(),
  roundingRule: appliedRuleSchema.nullable(),
  source: z.enum(HOURS_SOURCES),
  kind: z.enum(HOURS_KINDS),
  correctsEntryId: idSchema.nullable(),
  place: z.string().nullable(),
  content: z.string().nullable(),
  recordingOrganizationId: idSchema,
  recordingOrganizationName: z.string(),
  leadUserId: idSchema.nullable(),
  leadName: z.string().nullable(),
  recordedBy: idSchema,
  recorderName: z.string().nullable(),
  recordedAt: instantSchema,
  evaluation: z.object({ rating: z.number().int(), comment: z.string().nullable() }).nullable(),
  status: z.enum(HOURS_STATUSES),
  decidedBy: idSchema.nullable(),
  deciderName: z.string().nullable(),
  decidedAt: instantSchema.nullable(),
  decisionNote: z.string().nullable(),
  /** Why a check-in-sourced entry deserves a second look (auto check-out, outside the geofence, …). */
  flags: z.array(z.enum(CHECK_FLAGS)),
  /** The entry is of the signed-in user's own volunteer record: they may not approve or decline it. */
  ownEntry: z.boolean(),
});
export type HoursEntry = z.infer<typeof hoursEntrySchema>;

/** The workbench page, with the count and credited total of everything the filter matches (not just this page). */
export const hoursEntryPageSchema = pageOf(hoursEntrySchema).extend({
  summary: z.object({ count: z.number().int(), creditedHundredths: z.number().int() }),
});
export type HoursEntryPage = z.infer<typeof hoursEntryPageSchema>;

/**
 * One entry with its chain: the original service record first, then every correction and void of it in the order
 * they were recorded (declined ones included, so the history is complete), and the original's net amounts.
 */
export const hoursEntryDetailSchema = z.object({
  entry: hoursEntrySchema,
  chain: z.array(hoursEntrySchema),
  net: z.object({ approvedHundredths: z.number().int(), pendingHundredths: z.number().int() }),
});
export type HoursEntryDetail = z.infer<typeof hoursEntryDetailSchema>;

/**
 * A volunteer's totals in one registry. `entries` counts approved service records: approved originals less approved
 * voids, so a voided record stops counting once its void is approved.
 */
export const hoursTotalsSchema = z.object({
  volunteerId: idSchema,
  registryId: idSchema,
  registryName: z.string(),
  localNo: z.string(),
  approvedHundredths: z.number().int(),
  pendingHundredths: z.number().int(),
  entries: z.number().int(),
});
export type HoursTotals = z.infer<typeof hoursTotalsSchema>;

/** "My hours": the signed-in volunteer's entries across their registries, newest first, and totals per registry. */
export const myHoursSchema = pageOf(hoursEntrySchema).extend({ totals: z.array(hoursTotalsSchema) });
export type MyHours = z.infer<typeof myHoursSchema>;

export const hoursDecisionResultSchema = z.object({
  status: z.enum(['approved', 'declined']),
  count: z.number().int(),
  decidedAt: instantSchema,
});
export type HoursDecisionResult = z.infer<typeof hoursDecisionResultSchema>;
