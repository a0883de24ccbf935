import { z } from 'zod';
import { idSchema, instantSchema, optionalTextSchema, textSchema } from '../common/common.schemas.ts';
import { SHIFT_STATUSES, SIGNUP_FLOWS } from '../volunteers/volunteer-enums.ts';
import { activitySummarySchema } from './activity.schemas.ts';

/** A skill code as the registry's list spells it. */
export const shiftSkillCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9_]{1,40}$/);

const uniqueList = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, { message: 'listed twice' });

/** Minutes relative to the shift start; null takes the registry's check-in window. */
const checkinMinutesSchema = z
  .number()
  .int()
  .min(0)
  .max(24 * 60)
  .nullable();

const shiftFields = {
  /** The role or task (签到引导, 陪伴长者…). */
  role: textSchema(60),
  description: optionalTextSchema(1000),
  startsAt: instantSchema,
  endsAt: instantSchema,
  capacity: z.number().int().min(1).max(10_000),
  requiredSkills: uniqueList(shiftSkillCodeSchema, 20),
  requiredQualifications: uniqueList(textSchema(50), 20),
  minAge: z.number().int().min(0).max(100).nullable(),
  minorsAllowed: z.boolean(),
  signupFlow: z.enum(SIGNUP_FLOWS),
  waitlistEnabled: z.boolean(),
  /** A team lead of the registry who leads the shift on the day (shows the check-in code, ticks the roster). */
  leadVolunteerId: idSchema.nullable(),
  checkinOpensMin: checkinMinutesSchema,
  checkinClosesMin: checkinMinutesSchema,
};

/** A shift must lie within its activity's start and end (`shifts.time_range`). */
export const shiftCreateSchema = z.strictObject({
  ...shiftFields,
  requiredSkills: shiftFields.requiredSkills.default([]),
  requiredQualifications: shiftFields.requiredQualifications.default([]),
  minAge: shiftFields.minAge.default(null),
  minorsAllowed: shiftFields.minorsAllowed.default(true),
  signupFlow: shiftFields.signupFlow.default('instant'),
  waitlistEnabled: shiftFields.waitlistEnabled.default(true),
  leadVolunteerId: shiftFields.leadVolunteerId.default(null),
  checkinOpensMin: shiftFields.checkinOpensMin.default(null),
  checkinClosesMin: shiftFields.checkinClosesMin.default(null),
});
export type ShiftCreate = z.infer<typeof shiftCreateSchema>;

/** Only the fields sent change; capacity may not drop below the seats already confirmed. */
export const shiftUpdateSchema = z.strictObject(shiftFields).partial();
export type ShiftUpdate = z.infer<typeof shiftUpdateSchema>;

export const shiftSchema = z.object({
  id: idSchema,
  activityId: idSchema,
  role: z.string(),
  description: z.string().nullable(),
  startsAt: instantSchema,
  endsAt: instantSchema,
  capacity: z.number().int(),
  /** Seats held (confirmed and completed participations). */
  confirmedCount: z.number().int(),
  requestedCount: z.number().int(),
  waitlistedCount: z.number().int(),
  seatsLeft: z.number().int(),
  requiredSkills: z.array(z.string()),
  requiredQualifications: z.array(z.string()),
  minAge: z.number().int().nullable(),
  minorsAllowed: z.boolean(),
  signupFlow: z.enum(SIGNUP_FLOWS),
  waitlistEnabled: z.boolean(),
  leadVolunteer: z.object({ id: idSchema, name: z.string() }).nullable(),
  checkinOpensMin: z.number().int().nullable(),
  checkinClosesMin: z.number().int().nullable(),
  status: z.enum(SHIFT_STATUSES),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Shift = z.infer<typeof shiftSchema>;

export const shiftDetailSchema = shiftSchema.extend({ activity: activitySummarySchema });
export type ShiftDetail = z.infer<typeof shiftDetailSchema>;
