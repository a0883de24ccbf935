import { z } from 'zod';
import { idSchema, optionalTextSchema, textSchema } from '../common/common.schemas.ts';

export const REGION_LEVELS = ['province', 'city', 'county'] as const;
export const STREET_KINDS = ['subdistrict', 'town', 'township'] as const;
/** 纯居住, 商住混合, 城中村, 村改居, 产业型, 农村 */
export const COMMUNITY_TYPES = [
  'residential',
  'mixed_use',
  'urban_village',
  'village_to_residence',
  'industrial',
  'rural',
] as const;
export type CommunityType = (typeof COMMUNITY_TYPES)[number];

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(REGION_LEVELS),
  parentCode: z.string().nullable(),
  fullName: z.string(),
});
export type Region = z.infer<typeof regionSchema>;

export const regionSearchQuerySchema = z.strictObject({
  q: z.string().trim().max(50).optional(),
  parentCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  level: z.enum(REGION_LEVELS).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const regionCodeParamsSchema = z.strictObject({ code: z.string().regex(/^\d{6}$/) });

export const streetSchema = z.object({
  id: idSchema,
  countyCode: z.string(),
  name: z.string(),
  kind: z.enum(STREET_KINDS),
  code: z.string().nullable(),
  communityCount: z.number().int(),
  createdAt: z.number().int(),
});
export type Street = z.infer<typeof streetSchema>;

export const streetCreateSchema = z.strictObject({
  countyCode: z.string().regex(/^\d{6}$/),
  name: textSchema(50),
  kind: z.enum(STREET_KINDS),
  /** The 9-digit statistical division code, when known. */
  code: z
    .string()
    .regex(/^\d{9}$/)
    .nullable()
    .optional(),
});
export const streetUpdateSchema = streetCreateSchema.omit({ countyCode: true }).partial();

export const communitySchema = z.object({
  id: idSchema,
  streetId: idSchema,
  streetName: z.string(),
  countyCode: z.string(),
  name: z.string(),
  type: z.enum(COMMUNITY_TYPES),
  code: z.string().nullable(),
  description: z.string().nullable(),
  gridCount: z.number().int(),
  buildingCount: z.number().int(),
  createdAt: z.number().int(),
});
export type Community = z.infer<typeof communitySchema>;

export const communityCreateSchema = z.strictObject({
  streetId: idSchema,
  name: textSchema(50),
  type: z.enum(COMMUNITY_TYPES),
  /** The 12-digit statistical division code, when known. */
  code: z
    .string()
    .regex(/^\d{12}$/)
    .nullable()
    .optional(),
  description: optionalTextSchema(2000),
});
export const communityUpdateSchema = communityCreateSchema.omit({ streetId: true }).partial();

export const communityListQuerySchema = z.strictObject({
  q: z.string().trim().max(50).optional(),
  countyCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  streetId: idSchema.optional(),
  type: z.enum(COMMUNITY_TYPES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const gridSchema = z.object({
  id: idSchema,
  communityId: idSchema,
  name: z.string(),
  createdAt: z.number().int(),
});
export const gridCreateSchema = z.strictObject({ name: textSchema(50) });

export const buildingSchema = z.object({
  id: idSchema,
  communityId: idSchema,
  gridId: idSchema.nullable(),
  name: z.string(),
  createdAt: z.number().int(),
});
export const buildingCreateSchema = z.strictObject({ name: textSchema(50), gridId: idSchema.nullable().optional() });
