import { z } from 'zod';
import { idSchema, optionalTextSchema, pageFields, pageOf, textSchema } from '../common/common.schemas.ts';

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

/** `q` matches the name's characters anywhere, or the start of its full pinyin ("wenling") or initials ("wl"). */
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

export const regionListSchema = z.object({ items: z.array(regionSchema) });
export const regionDetailSchema = regionSchema.extend({ children: z.array(regionSchema) });
export type RegionDetail = z.infer<typeof regionDetailSchema>;

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

/** `q` matches like a region search: characters anywhere, pinyin or initials from the start. */
export const streetListQuerySchema = z.strictObject({
  countyCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  q: z.string().trim().max(50).optional(),
});
export const streetListSchema = z.object({ items: z.array(streetSchema) });

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
export const communityPageSchema = pageOf(communitySchema);

/** `q` matches the name's characters anywhere, or the start of its full pinyin or initials. */
export const communityListQuerySchema = z.strictObject({
  q: z.string().trim().max(50).optional(),
  countyCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  streetId: idSchema.optional(),
  type: z.enum(COMMUNITY_TYPES).optional(),
  ...pageFields(50),
});

export const gridSchema = z.object({
  id: idSchema,
  communityId: idSchema,
  name: z.string(),
  createdAt: z.number().int(),
});
export const gridCreateSchema = z.strictObject({ name: textSchema(50) });
export const gridListSchema = z.object({ items: z.array(gridSchema) });
export type Grid = z.infer<typeof gridSchema>;

export const buildingSchema = z.object({
  id: idSchema,
  communityId: idSchema,
  gridId: idSchema.nullable(),
  name: z.string(),
  createdAt: z.number().int(),
});
/** `gridId`, when given, must be a grid of the same community. */
export const buildingCreateSchema = z.strictObject({ name: textSchema(50), gridId: idSchema.nullable().optional() });
export const buildingListSchema = z.object({ items: z.array(buildingSchema) });
export type Building = z.infer<typeof buildingSchema>;
export type RegionSearchQuery = z.infer<typeof regionSearchQuerySchema>;
export type StreetCreate = z.infer<typeof streetCreateSchema>;
export type StreetUpdate = z.infer<typeof streetUpdateSchema>;
export type StreetListQuery = z.infer<typeof streetListQuerySchema>;
export type CommunityCreate = z.infer<typeof communityCreateSchema>;
export type CommunityUpdate = z.infer<typeof communityUpdateSchema>;
export type CommunityListQuery = z.infer<typeof communityListQuerySchema>;
export type GridCreate = z.infer<typeof gridCreateSchema>;
export type BuildingCreate = z.infer<typeof buildingCreateSchema>;
