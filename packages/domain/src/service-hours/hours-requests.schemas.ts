import { z } from 'zod';
import { idSchema, instantSchema, optionalTextSchema, pageFields, textSchema } from '../common/common.schemas.ts';
import { HOURS_KINDS, HOURS_SOURCES, HOURS_STATUSES } from '../volunteers/volunteer-enums.ts';

/** A calendar day 'YYYY-MM-DD' that exists (no 2026-02-30). */
export const serviceDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => {
    const date = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
  }, 'not a calendar day');

const isWholeHundredths = (hours: number) => Math.abs(hours * 100 - Math.round(hours * 100)) < 1e-9;

/** Hours as people type them (1.5), to the hundredth; the ledger stores them as integer hundredths. */
const hoursSchema = (min: number, max: number) =>
  z.number().min(min).max(max).refine(isWholeHundredths, 'hours must be a whole number of hundredths');

/** The most one entry may hold: one day's service. A longer event is recorded day by day. */
export const MAX_ENTRY_MINUTES = 1440;

/** Hours as integer hundredths: 1.5 → 150. */
export const hundredthsOfHours = (hours: number) => Math.round(hours * 100);

/** 'true' / 'false' in a query string. */
const queryFlagSchema = z.enum(['true', 'false']).transform((value) => value === 'true');

/** The workbench's filters; the export takes the same ones. `from`/`to` bound the service date, inclusive. */
const hoursFilterFields = {
  /** `all` lists every status; by default the workbench shows what waits for a decision. */
  status: z.enum([...HOURS_STATUSES, 'all']).default('pending'),
  source: z.enum(HOURS_SOURCES).optional(),
  kind: z.enum(HOURS_KINDS).optional(),
  from: serviceDaySchema.optional(),
  to: serviceDaySchema.optional(),
  volunteerId: idSchema.optional(),
  activityId: idSchema.optional(),
  /** Entries of volunteers of this organization's subtree, or recorded by it. */
  organizationId: idSchema.optional(),
  /** Only entries whose check-in or check-out was flagged for review. */
  flagged: queryFlagSchema.optional(),
};

export const hoursListQuerySchema = z.strictObject({ ...hoursFilterFields, ...pageFields(50, 500) });
export type HoursListQuery = z.infer<typeof hoursListQuerySchema>;

export const hoursExportQuerySchema = z.strictObject(hoursFilterFields);
export type HoursExportQuery = z.infer<typeof hoursExportQuerySchema>;
/** The filters shared by the list and the export. */
export type HoursFilter = HoursExportQuery;

export const myHoursQuerySchema = z.strictObject({ ...pageFields(20, 200) });

/** Approve or decline up to 500 entries at once: all of them, or none. */
export const hoursDecisionBodySchema = z.strictObject({
  ids: z
    .array(idSchema)
    .min(1)
    .max(500)
    .transform((ids) => [...new Set(ids)]),
  decision: z.enum(['approve', 'decline']),
  note: optionalTextSchema(500),
});
export type HoursDecisionBody = z.infer<typeof hoursDecisionBodySchema>;

/** How long the service lasted: the minutes, or the start and end instants (both), never both ways at once. */
function checkDuration(
  value: { rawMinutes?: number | undefined; startedAt?: number | undefined; endedAt?: number | undefined },
  ctx: z.RefinementCtx,
) {
  const hasSpan = value.startedAt !== undefined || value.endedAt !== undefined;
  if (value.rawMinutes !== undefined && hasSpan) {
    ctx.addIssue({ code: 'custom', path: ['rawMinutes'], message: 'give rawMinutes or startedAt/endedAt, not both' });
  } else if (!hasSpan && value.rawMinutes === undefined) {
    ctx.addIssue({ code: 'custom', path: ['rawMinutes'], message: 'rawMinutes or startedAt/endedAt is required' });
  } else if (hasSpan) {
    if (value.startedAt === undefined || value.endedAt === undefined) {
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'startedAt and endedAt go together' });
    } else if (value.endedAt <= value.startedAt) {
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'endedAt must be after startedAt' });
    } else if (value.endedAt - value.startedAt > MAX_ENTRY_MINUTES * 60_000) {
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'longer than a day' });
    }
  }
}

/**
 * A coordinator's record of service (source `coordinator`, pending approval). Without `creditedHours` the registry's
 * rounding rule credits the minutes; with it, the coordinator's amount is stored with the rule `{ kind: 'manual' }`.
 * Without a lead, the activity's lead social worker is taken.
 */
export const hoursRecordCreateSchema = z
  .strictObject({
    volunteerId: idSchema,
    activityId: idSchema.nullable().optional(),
    serviceDate: serviceDaySchema,
    startedAt: instantSchema.optional(),
    endedAt: instantSchema.optional(),
    rawMinutes: z.number().int().min(1).max(MAX_ENTRY_MINUTES).optional(),
    creditedHours: hoursSchema(0, 24).optional(),
    place: optionalTextSchema(200),
    content: textSchema(500),
    leadUserId: idSchema.nullable().optional(),
    leadName: optionalTextSchema(50),
  })
  .superRefine(checkDuration);
export type HoursRecordCreate = z.infer<typeof hoursRecordCreateSchema>;

/**
 * A volunteer's own declaration of service done (志愿云 个人申报), pending until a coordinator confirms it.
 * `volunteerId` picks the record when the user is registered with more than one registry.
 */
export const hoursSelfReportSchema = z.strictObject({
  volunteerId: idSchema.optional(),
  activityId: idSchema.nullable().optional(),
  serviceDate: serviceDaySchema,
  rawMinutes: z.number().int().min(1).max(MAX_ENTRY_MINUTES),
  place: optionalTextSchema(200),
  content: textSchema(500),
  /** Who led the service and can confirm it. */
  leadName: optionalTextSchema(50),
});
export type HoursSelfReport = z.infer<typeof hoursSelfReportSchema>;

/**
 * A correction states what the entry should credit in total; the new ledger row holds the difference. A negative
 * total is refused with hours.negative_total (not a validation error) so the form can say why.
 */
export const hoursCorrectionSchema = z.strictObject({
  creditedHours: hoursSchema(-10_000, 10_000),
  /** The corrected raw minutes in total; unchanged when left out. */
  rawMinutes: z.number().int().min(0).max(MAX_ENTRY_MINUTES).optional(),
  reason: textSchema(500),
});
export type HoursCorrection = z.infer<typeof hoursCorrectionSchema>;

export const hoursVoidSchema = z.strictObject({ reason: textSchema(500) });
export type HoursVoid = z.infer<typeof hoursVoidSchema>;
