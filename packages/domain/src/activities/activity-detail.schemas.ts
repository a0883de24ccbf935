import { z } from 'zod';
import { idSchema } from '../common/common.schemas.ts';
import { activitySchema } from './activity.schemas.ts';
import { insurancePolicySummarySchema } from './insurance.schemas.ts';
import { shiftSchema } from './shift.schemas.ts';

export const activityDetailSchema = activitySchema.extend({
  shifts: z.array(shiftSchema),
  insurancePolicies: z.array(insurancePolicySummarySchema),
  /** Elevated and high risk: no participation is confirmed until a covering policy is attached. */
  insuranceRequired: z.boolean(),
});
export type ActivityDetail = z.infer<typeof activityDetailSchema>;

export const attachInsuranceSchema = z.strictObject({ policyId: idSchema });

export const activityInsuranceParamsSchema = z.strictObject({ id: idSchema, policyId: idSchema });
