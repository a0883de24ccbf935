import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../access/roles.ts';
import { idSchema, textSchema } from '../common/common.schemas.ts';
import { PASSWORD_MAX_LENGTH } from '../common/password-rule.ts';
import { LEGAL_STATUSES, ORGANIZATION_KINDS } from '../organizations/organization-kinds.ts';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_.-]{2,31}$/);

export const passwordInputSchema = z.string().min(1).max(PASSWORD_MAX_LENGTH);

export const loginSchema = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: passwordInputSchema,
});

export const setupSchema = z.strictObject({
  admin: z.strictObject({
    username: usernameSchema,
    displayName: textSchema(50),
    password: passwordInputSchema,
  }),
  organization: z.strictObject({
    name: textSchema(100),
    shortName: z.string().trim().max(30).optional(),
    kind: z.enum(ORGANIZATION_KINDS),
    legalStatus: z.enum(LEGAL_STATUSES).default('none'),
    uscc: z.string().trim().max(18).optional(),
  }),
});
export type SetupInput = z.infer<typeof setupSchema>;

export const setupStatusSchema = z.object({ setupDone: z.boolean() });

export const passwordChangeSchema = z.strictObject({
  currentPassword: passwordInputSchema,
  newPassword: passwordInputSchema,
});

export const passwordResetSchema = z.strictObject({ newPassword: passwordInputSchema });

export const actingOrgSchema = z.strictObject({ organizationId: idSchema });

export const sessionMembershipSchema = z.object({
  organizationId: idSchema,
  organizationName: z.string(),
  organizationShortName: z.string().nullable(),
  organizationKind: z.enum(ORGANIZATION_KINDS),
  roles: z.array(z.enum(ROLES)),
});

/** What the web app learns about the signed-in user: who, where they act, and what they may do there. */
export const sessionSchema = z.object({
  user: z.object({
    id: idSchema,
    username: z.string(),
    displayName: z.string(),
    isPlatformAdmin: z.boolean(),
  }),
  memberships: z.array(sessionMembershipSchema),
  actingOrganizationId: idSchema.nullable(),
  permissions: z.array(z.enum(PERMISSIONS)),
  csrfToken: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;
