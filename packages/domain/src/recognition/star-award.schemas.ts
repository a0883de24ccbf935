import { z } from 'zod';
import { idSchema, instantSchema, pageFields, pageOf, textSchema } from '../common/common.schemas.ts';
import { starAwardStateSchema, starThresholdSchema } from '../volunteers/rules/star-levels.ts';

const levelSchema = z.number().int().min(1).max(5);

/** A star award (星级认定): applied → publicised until a day → granted, or revoked with a reason. */
export const starAwardSchema = z.object({
  id: idSchema,
  volunteerId: idSchema,
  registryId: idSchema,
  level: levelSchema,
  state: starAwardStateSchema,
  /** The approved hours (hundredths) when the award was applied for. */
  approvedHundredths: z.number().int(),
  appliedAt: instantSchema,
  appliedBy: idSchema.nullable(),
  /** The last day of the publicity (公示), 'YYYY-MM-DD'; granting is possible from the day after. */
  publicisedUntil: z.string().nullable(),
  grantedAt: instantSchema.nullable(),
  grantedBy: idSchema.nullable(),
  revokedAt: instantSchema.nullable(),
  revokedBy: idSchema.nullable(),
  /** Why it was revoked. */
  reason: z.string().nullable(),
  updatedAt: instantSchema,
});
export type StarAward = z.infer<typeof starAwardSchema>;

/**
 * Where a volunteer stands: the level their approved hours and months registered reach (computed, never stored),
 * the next threshold (null at the top level), and every award they have had.
 */
export const starStandingSchema = z.object({
  volunteerId: idSchema,
  registryId: idSchema,
  eligibleLevel: z.number().int().min(0).max(5),
  approvedHundredths: z.number().int(),
  monthsRegistered: z.number().int().min(0),
  nextThreshold: starThresholdSchema.nullable(),
  awards: z.array(starAwardSchema),
});
export type StarStanding = z.infer<typeof starStandingSchema>;

/** The signed-in volunteer's standing in each registry they belong to. */
export const myStarsSchema = z.object({
  items: z.array(
    starStandingSchema.extend({
      registry: z.object({ id: idSchema, name: z.string() }),
      volunteerName: z.string(),
    }),
  ),
});
export type MyStars = z.infer<typeof myStarsSchema>;

/** Apply (申请) for a star level on a volunteer's behalf; it may not exceed the eligible level. */
export const starAwardCreateSchema = z.strictObject({ level: levelSchema });
export type StarAwardCreate = z.infer<typeof starAwardCreateSchema>;

export const starAwardRevokeSchema = z.strictObject({ reason: textSchema(500) });
export type StarAwardRevoke = z.infer<typeof starAwardRevokeSchema>;

/** The federation's list: awards of volunteers in the organization's subtree (the acting one by default). */
export const starAwardListQuerySchema = z.strictObject({
  organizationId: idSchema.optional(),
  state: starAwardStateSchema.optional(),
  ...pageFields(50),
});
export type StarAwardListQuery = z.infer<typeof starAwardListQuerySchema>;

const starVolunteerRefSchema = z.object({
  id: idSchema,
  name: z.string(),
  localNo: z.string(),
  homeOrganization: z.object({ id: idSchema, name: z.string() }),
});

export const starAwardListItemSchema = starAwardSchema.extend({ volunteer: starVolunteerRefSchema });
export type StarAwardListItem = z.infer<typeof starAwardListItemSchema>;

/** An active volunteer whose hours reach a level they hold no open (non-revoked) award at: whom to nominate. */
export const starCandidateSchema = z.object({
  volunteer: starVolunteerRefSchema,
  eligibleLevel: levelSchema,
  approvedHundredths: z.number().int(),
  monthsRegistered: z.number().int().min(0),
  /** The highest level of the volunteer's open awards, null when none. */
  openAwardLevel: levelSchema.nullable(),
});
export type StarCandidate = z.infer<typeof starCandidateSchema>;

/** The most candidates one answer lists (highest level and most hours first); `total` counts them all. */
export const STAR_CANDIDATES_LIMIT = 500;

export const starAwardListSchema = pageOf(starAwardListItemSchema).extend({
  eligibleWithoutAward: z.object({ items: z.array(starCandidateSchema), total: z.number().int() }),
});
export type StarAwardList = z.infer<typeof starAwardListSchema>;
