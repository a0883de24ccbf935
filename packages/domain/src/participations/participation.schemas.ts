import { z } from 'zod';
import { idSchema, instantSchema, optionalTextSchema } from '../common/common.schemas.ts';
import { CHECK_FLAGS, CHECK_KINDS, CHECK_METHODS, PARTICIPATION_STATES } from '../volunteers/volunteer-enums.ts';

export const participationParamsSchema = z.strictObject({ id: idSchema });

export const evaluationSchema = z.object({
  rating: z.number().int(),
  comment: z.string().nullable(),
  evaluatedAt: instantSchema,
  evaluatorName: z.string().nullable(),
});

/** One volunteer's place on a shift, as the roster and the volunteer's own list show it. */
export const participationSchema = z.object({
  id: idSchema,
  shiftId: idSchema,
  activityId: idSchema,
  volunteerId: idSchema,
  volunteerName: z.string(),
  volunteerLocalNo: z.string(),
  volunteerPhoneMasked: z.string(),
  state: z.enum(PARTICIPATION_STATES),
  startsAt: instantSchema,
  endsAt: instantSchema,
  requestedAt: instantSchema,
  confirmedAt: instantSchema.nullable(),
  checkedInAt: instantSchema.nullable(),
  checkedOutAt: instantSchema.nullable(),
  flags: z.array(z.enum(CHECK_FLAGS)),
  /** Place in the waitlist, 1 first; null unless waitlisted. */
  waitlistPosition: z.number().int().nullable(),
  evaluation: evaluationSchema.nullable(),
});
export type Participation = z.infer<typeof participationSchema>;

export const rosterSchema = z.object({
  shift: z.object({
    id: idSchema,
    activityId: idSchema,
    activityTitle: z.string(),
    role: z.string(),
    startsAt: instantSchema,
    endsAt: instantSchema,
    capacity: z.number().int(),
    confirmedCount: z.number().int(),
    checkinOpensAt: instantSchema,
    checkinClosesAt: instantSchema,
  }),
  items: z.array(participationSchema),
});
export type Roster = z.infer<typeof rosterSchema>;

/** The shifts of one day the signed-in user may lead (today in the installation's time zone unless `date` says). */
export const ledShiftsQuerySchema = z.strictObject({ date: z.iso.date().optional() });
export const ledShiftsSchema = z.object({ items: z.array(rosterSchema) });
export type LedShifts = z.infer<typeof ledShiftsSchema>;

/** A volunteer signing up; `volunteerId` picks the record when the user is registered with several registries. */
export const signupBodySchema = z.strictObject({ volunteerId: idSchema.optional() });

export const assignmentBodySchema = z.strictObject({ volunteerIds: z.array(idSchema).min(1).max(200) });

export const assignmentResultSchema = z.object({ items: z.array(participationSchema) });

export const evaluationBodySchema = z.strictObject({
  rating: z.number().int().min(1).max(5),
  comment: optionalTextSchema(500),
});

/** What the phone sends when it can read a position; accuracy is the browser's radius in metres. */
export const locationSchema = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  accuracyM: z.number().min(0).max(100_000).optional(),
});

/** A client-made key (a UUID per tap) so a retry after a lost response does nothing twice. */
export const idempotencyKeySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{8,64}$/);

export const qrCheckBodySchema = z.strictObject({
  token: z.string().trim().min(1).max(300),
  kind: z.enum(CHECK_KINDS),
  idempotencyKey: idempotencyKeySchema,
  location: locationSchema.nullable().optional(),
});

export const rosterCheckBodySchema = z.strictObject({
  kind: z.enum(CHECK_KINDS),
  idempotencyKey: idempotencyKeySchema,
  /** Roster check-ins may record the time the lead saw the volunteer arrive, within the shift. */
  at: instantSchema.optional(),
});

export const personalQrCheckBodySchema = z.strictObject({
  token: z.string().trim().min(1).max(300),
  kind: z.enum(CHECK_KINDS),
  idempotencyKey: idempotencyKeySchema,
});

export const checkResultSchema = z.object({
  participation: participationSchema,
  kind: z.enum(CHECK_KINDS),
  at: instantSchema,
  method: z.enum(CHECK_METHODS),
  flags: z.array(z.enum(CHECK_FLAGS)),
  distanceM: z.number().int().nullable(),
  /** Hours recorded by a check-out (pending approval), in hundredths. */
  creditedHundredths: z.number().int().nullable(),
  activityTitle: z.string(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

/** The lead's rotating code: the URL to encode in the QR and when to fetch the next one. */
export const checkinTokenSchema = z.object({
  token: z.string(),
  path: z.string(),
  issuedAt: instantSchema,
  refreshAt: instantSchema,
  validUntil: instantSchema,
});

/** What the check-in page shows after scanning, before the volunteer taps 签到/签退. */
export const checkinPreviewSchema = z.object({
  shiftId: idSchema,
  activityTitle: z.string(),
  role: z.string(),
  address: z.string().nullable(),
  startsAt: instantSchema,
  endsAt: instantSchema,
  /** When check-in by the rotating code opens and closes for this shift. */
  checkinOpensAt: instantSchema,
  checkinClosesAt: instantSchema,
  hasGeofence: z.boolean(),
  participation: participationSchema.nullable(),
  /** What the volunteer can do now: check in, check out, or nothing (with the reason as an error code). */
  next: z.enum(['in', 'out', 'done', 'none']),
  blockedCode: z.string().nullable(),
});

export const personalQrSchema = z.object({ token: z.string(), volunteerId: idSchema, localNo: z.string() });

export const myParticipationSchema = participationSchema.extend({
  activityTitle: z.string(),
  role: z.string(),
  address: z.string().nullable(),
});
export const myParticipationListSchema = z.object({ items: z.array(myParticipationSchema) });
