import { z } from 'zod';
import { idSchema, pageFields } from '../common/common.schemas.ts';

export const USER_STATUSES = ['active', 'disabled'] as const;

export const userSchema = z.object({
  id: idSchema,
  username: z.string(),
  displayName: z.string(),
  isPlatformAdmin: z.boolean(),
  status: z.enum(USER_STATUSES),
  createdAt: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

/** Users the actor may see: everyone for a platform administrator, else members within the acting subtree. */
export const userListQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  ...pageFields(20),
});
