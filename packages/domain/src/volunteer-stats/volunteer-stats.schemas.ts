import { z } from 'zod';
import { idSchema } from '../common/common.schemas.ts';
import { ORGANIZATION_KINDS } from '../organizations/organization-kinds.ts';
import { serviceDaySchema } from '../service-hours/hours-requests.schemas.ts';
import { ACTIVITY_TYPES } from '../volunteers/volunteer-enums.ts';

/** The longest period one request may cover, in calendar months (ten years). */
export const MAX_STATS_MONTHS = 120;

/**
 * Which statistics: an organization's subtree (default: the acting organization) over a period of calendar days,
 * both ends included (default: from 1 January of `to`'s year to today). The export takes the same parameters.
 */
export const volunteerStatsQuerySchema = z
  .strictObject({
    organizationId: idSchema.optional(),
    from: serviceDaySchema.optional(),
    to: serviceDaySchema.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ['to'],
    message: 'the period ends before it starts',
  });
export type VolunteerStatsQuery = z.infer<typeof volunteerStatsQuerySchema>;

const count = z.number().int().nonnegative();
/** Hours travel as integer hundredths (1.5 h → 150); signed because corrections may still be pending. */
const hundredths = z.number().int();

/** Volunteers by their current status. */
export const volunteerStatusCountsSchema = z.object({
  prospective: count,
  active: count,
  suspended: count,
  exited: count,
});
export type VolunteerStatusCounts = z.infer<typeof volunteerStatusCountsSchema>;

/**
 * The figures of one scope (the whole subtree, one station or team, or the chosen organization's own records).
 * Volunteers count where they are registered (home organization), hours where the volunteer was registered when
 * they were recorded, activities and person-times where the activity was organized.
 */
export const volunteerStatsFiguresSchema = z.object({
  /** Registered volunteers now, by current status. */
  volunteers: volunteerStatusCountsSchema,
  /** Those of them registered by the end of the period, by current status. */
  registeredByPeriodEnd: volunteerStatusCountsSchema,
  /** Registrations during the period. */
  newRegistrations: count,
  /** Volunteers with at least one approved service record in the period (approved originals outnumber voids). */
  activeVolunteers: count,
  /** Activities starting in the period, cancelled ones left out. */
  activities: count,
  /** 人次: completed participations on shifts starting in the period. */
  personTimes: count,
  noShows: count,
  /** noShows ÷ (noShows + personTimes); null when there were neither. */
  noShowRate: z.number().min(0).max(1).nullable(),
  /** Approved hours: the plain sum of approved ledger entries dated in the period (corrections and voids are signed). */
  approvedHundredths: hundredths,
  /** Hours still awaiting a decision, dated in the period. */
  pendingHundredths: hundredths,
  /** Approved hours ÷ volunteers registered by the period's end and not exited; null when there are none. */
  averageHundredthsPerVolunteer: hundredths.nullable(),
  /** Full-time equivalents × 100: each registry's approved hours ÷ its FTE divisor (2,080 h unless configured). */
  fteHundredths: hundredths,
});
export type VolunteerStatsFigures = z.infer<typeof volunteerStatsFiguresSchema>;

/** A station or team beneath the chosen organization: its whole subtree's figures. */
export const volunteerStatsUnitSchema = z.object({
  organizationId: idSchema,
  name: z.string(),
  kind: z.enum(ORGANIZATION_KINDS),
  parentId: idSchema,
  /** 1: a child of the chosen organization (a station); 2: a grandchild (a team). */
  level: z.union([z.literal(1), z.literal(2)]),
  figures: volunteerStatsFiguresSchema,
});
export type VolunteerStatsUnit = z.infer<typeof volunteerStatsUnitSchema>;

/** One calendar month of the period ('YYYY-MM'); every month is listed, zeros included. */
export const volunteerStatsMonthSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  approvedHundredths: hundredths,
  pendingHundredths: hundredths,
  activities: count,
  personTimes: count,
  noShows: count,
  newRegistrations: count,
});
export type VolunteerStatsMonth = z.infer<typeof volunteerStatsMonthSchema>;

/** One activity type; null gathers hours recorded without an activity type. Every type is listed. */
export const volunteerStatsActivityTypeSchema = z.object({
  activityType: z.enum(ACTIVITY_TYPES).nullable(),
  activities: count,
  personTimes: count,
  noShows: count,
  approvedHundredths: hundredths,
  pendingHundredths: hundredths,
});
export type VolunteerStatsActivityType = z.infer<typeof volunteerStatsActivityTypeSchema>;

export const volunteerStatsSchema = z.object({
  organization: z.object({ id: idSchema, name: z.string(), kind: z.enum(ORGANIZATION_KINDS) }),
  period: z.object({ from: serviceDaySchema, to: serviceDaySchema }),
  /** The FTE divisor of each registry whose hours are counted. */
  fteDivisors: z.array(z.object({ registryId: idSchema, hoursDivisor: z.number().int().positive() })),
  totals: volunteerStatsFiguresSchema,
  /** What belongs to the chosen organization itself rather than to any station or team beneath it. */
  direct: volunteerStatsFiguresSchema,
  /** Children (level 1) and grandchildren (level 2) of the chosen organization, in path order. */
  units: z.array(volunteerStatsUnitSchema),
  months: z.array(volunteerStatsMonthSchema),
  activityTypes: z.array(volunteerStatsActivityTypeSchema),
});
export type VolunteerStats = z.infer<typeof volunteerStatsSchema>;
