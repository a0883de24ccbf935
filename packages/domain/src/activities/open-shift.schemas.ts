import { z } from 'zod';
import { idSchema } from '../common/common.schemas.ts';
import { PARTICIPATION_STATES } from '../volunteers/volunteer-enums.ts';
import { activitySummarySchema } from './activity.schemas.ts';
import { shiftSchema, shiftSkillCodeSchema } from './shift.schemas.ts';

/** `near=lat,lng` as a phone's location API gives it. */
const nearSchema = z
  .string()
  .trim()
  .regex(/^-?\d{1,3}(\.\d{1,10})?,-?\d{1,3}(\.\d{1,10})?$/)
  .transform((text) => {
    const [latitude, longitude] = text.split(',').map(Number) as [number, number];
    return { latitude, longitude };
  })
  .refine((point) => Math.abs(point.latitude) <= 90 && Math.abs(point.longitude) <= 180, {
    message: 'outside the globe',
  });

/**
 * What a volunteer filters open shifts by on the phone: calendar days (inclusive, installation time zone), a skill
 * (shifts asking for it or for no skill at all), and distance from where they are (`radiusKm` needs `near`).
 */
export const openShiftQuerySchema = z
  .strictObject({
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    skill: shiftSkillCodeSchema.optional(),
    near: nearSchema.optional(),
    radiusKm: z.coerce.number().min(0.1).max(500).optional(),
  })
  .refine((query) => query.radiusKm === undefined || query.near !== undefined, {
    message: 'radiusKm needs near',
    path: ['radiusKm'],
  });
export type OpenShiftQuery = z.infer<typeof openShiftQuerySchema>;

export const openShiftSchema = shiftSchema.extend({
  activity: activitySummarySchema,
  /** The user's volunteer record in the shift's registry: what sign-up takes as `volunteerId`. */
  volunteerId: idSchema,
  /** The user's own place on the shift, if they already asked for one. */
  participation: z.object({ id: idSchema, state: z.enum(PARTICIPATION_STATES) }).nullable(),
  /** Kilometres from `near` to the activity's place; null without `near` or without coordinates. */
  distanceKm: z.number().nullable(),
});
export type OpenShift = z.infer<typeof openShiftSchema>;

/** At most 200 rows, nearest first when `near` is given, else soonest first. */
export const openShiftListSchema = z.object({ items: z.array(openShiftSchema) });
