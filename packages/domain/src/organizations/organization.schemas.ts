import { z } from 'zod';
import { ROLES } from '../access/roles.ts';
import { passwordInputSchema, usernameSchema } from '../auth/auth.schemas.ts';
import { idSchema, optionalTextSchema, pageFields, textSchema } from '../common/common.schemas.ts';
import { LEGAL_STATUSES, ORGANIZATION_KINDS } from './organization-kinds.ts';

/**
 * 统一社会信用代码, upper-cased; empty clears it. Its check character is verified by the server with
 * isValidUscc, so a wrong code is answered `organizations.uscc_invalid` rather than a generic validation error;
 * forms call isValidUscc themselves to warn early.
 */
const usccSchema = z
  .string()
  .trim()
  .toUpperCase()
  .max(50)
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .optional();

export const regionCodeSchema = z.string().regex(/^\d{6}$/);

const organizationFields = {
  name: textSchema(100),
  shortName: optionalTextSchema(30),
  kind: z.enum(ORGANIZATION_KINDS),
  regionCode: regionCodeSchema.nullable().optional(),
  communityId: idSchema.nullable().optional(),
  legalStatus: z.enum(LEGAL_STATUSES),
  uscc: usccSchema,
  contactName: optionalTextSchema(50),
  contactPhone: optionalTextSchema(30),
  address: optionalTextSchema(200),
  description: optionalTextSchema(2000),
};

/** parentId null creates a new root organization, which only a platform administrator may do. */
export const organizationCreateSchema = z.strictObject({
  ...organizationFields,
  legalStatus: organizationFields.legalStatus.default('none'),
  parentId: idSchema.nullable(),
});
export type OrganizationCreate = z.infer<typeof organizationCreateSchema>;

/** Only the fields sent change (no defaults here); a different parentId moves the organization with its subtree. */
export const organizationUpdateSchema = z
  .strictObject({ ...organizationFields, parentId: idSchema.nullable() })
  .partial();
export type OrganizationUpdate = z.infer<typeof organizationUpdateSchema>;

export const organizationSchema = z.object({
  id: idSchema,
  parentId: idSchema.nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(ORGANIZATION_KINDS),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  communityId: idSchema.nullable(),
  communityName: z.string().nullable(),
  legalStatus: z.enum(LEGAL_STATUSES),
  uscc: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  address: z.string().nullable(),
  description: z.string().nullable(),
  childCount: z.number().int(),
  memberCount: z.number().int(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type Organization = z.infer<typeof organizationSchema>;

/** One row of the acting subtree, enough to draw the tree; rows come ordered by path (parents before children). */
export const organizationTreeNodeSchema = z.object({
  id: idSchema,
  parentId: idSchema.nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(ORGANIZATION_KINDS),
  legalStatus: z.enum(LEGAL_STATUSES),
  depth: z.number().int(),
});
export type OrganizationTreeNode = z.infer<typeof organizationTreeNodeSchema>;

export const organizationTreeSchema = z.object({ items: z.array(organizationTreeNodeSchema) });

export const organizationListQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  parentId: idSchema.optional(),
  // Lists of sub-organizations are shown whole, hence the higher cap.
  ...pageFields(50, 500),
});

export const membershipSchema = z.object({
  id: idSchema,
  userId: idSchema,
  username: z.string(),
  displayName: z.string(),
  organizationId: idSchema,
  role: z.enum(ROLES),
  createdAt: z.number().int(),
});
export type Membership = z.infer<typeof membershipSchema>;

export const membershipListSchema = z.object({ items: z.array(membershipSchema) });

export const membershipParamsSchema = z.strictObject({ id: idSchema, membershipId: idSchema });

export const membershipCreateSchema = z.strictObject({
  userId: idSchema,
  role: z.enum(ROLES),
});

/** Adds a member by creating their account at the same time, as an administrator does for a new colleague. */
export const memberWithNewUserSchema = z.strictObject({
  username: usernameSchema,
  displayName: textSchema(50),
  password: passwordInputSchema,
  role: z.enum(ROLES),
});
