import { z } from 'zod';
import { idSchema, instantSchema, pageFields, pageOf, textSchema } from '../common/common.schemas.ts';

const volunteerIdListSchema = z
  .array(idSchema)
  .max(10_000)
  .transform((ids) => [...new Set(ids)]);

/**
 * An accident insurance policy (条例 Art. 17) held by an organization. `coversAllVolunteers`: a group policy for every
 * registered volunteer of the holder's registry; otherwise only the listed volunteers are insured.
 */
export const insurancePolicyCreateSchema = z.strictObject({
  organizationId: idSchema,
  insurer: textSchema(100),
  policyNo: textSchema(60),
  /** Calendar days, both inclusive. */
  coverageFrom: z.iso.date(),
  coverageTo: z.iso.date(),
  sumInsuredFen: z.number().int().min(0).max(10_000_000_000_000).nullable().optional(),
  coversAllVolunteers: z.boolean().default(false),
  volunteerIds: volunteerIdListSchema.default([]),
});
export type InsurancePolicyCreate = z.infer<typeof insurancePolicyCreateSchema>;

/** Replaces the insured list whole. */
export const insuredVolunteersSchema = z.strictObject({ volunteerIds: volunteerIdListSchema });

export const insurancePolicySummarySchema = z.object({
  id: idSchema,
  insurer: z.string(),
  policyNo: z.string(),
  coverageFrom: z.string(),
  coverageTo: z.string(),
  coversAllVolunteers: z.boolean(),
  insuredCount: z.number().int(),
});
export type InsurancePolicySummary = z.infer<typeof insurancePolicySummarySchema>;

export const insurancePolicySchema = insurancePolicySummarySchema.extend({
  organization: z.object({ id: idSchema, name: z.string() }),
  sumInsuredFen: z.number().int().nullable(),
  createdAt: instantSchema,
});
export type InsurancePolicy = z.infer<typeof insurancePolicySchema>;

export const insurancePolicyDetailSchema = insurancePolicySchema.extend({
  volunteers: z.array(z.object({ id: idSchema, name: z.string(), localNo: z.string() })),
  activities: z.array(z.object({ id: idSchema, title: z.string(), startsAt: instantSchema, endsAt: instantSchema })),
});
export type InsurancePolicyDetail = z.infer<typeof insurancePolicyDetailSchema>;

/** `activeOn`: only policies covering that calendar day. `organizationId` takes the holder's subtree. */
export const insurancePolicyListQuerySchema = z.strictObject({
  organizationId: idSchema.optional(),
  q: z.string().trim().max(100).optional(),
  activeOn: z.iso.date().optional(),
  ...pageFields(20, 100),
});
export type InsurancePolicyListQuery = z.infer<typeof insurancePolicyListQuerySchema>;

export const insurancePolicyPageSchema = pageOf(insurancePolicySchema);
