import { z } from 'zod';
import {
  idSchema,
  instantSchema,
  optionalTextSchema,
  pageFields,
  pageOf,
  textSchema,
} from '../common/common.schemas.ts';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, CO_ORGANIZER_ROLES, RISK_LEVELS } from '../volunteers/volunteer-enums.ts';

const latitudeSchema = z.number().min(-90).max(90);
const longitudeSchema = z.number().min(-180).max(180);

/**
 * Where an activity happens. Coordinates come as a pair; a geofence (the radius a check-in location is held to)
 * needs them, and is kept between 20 m (under that, phone GPS error alone flags honest volunteers) and 5 km.
 */
export const placeInputSchema = z
  .strictObject({
    address: textSchema(200),
    latitude: latitudeSchema.nullable().optional(),
    longitude: longitudeSchema.nullable().optional(),
    geofenceM: z.number().int().min(20).max(5000).nullable().optional(),
  })
  .refine((place) => (place.latitude == null) === (place.longitude == null), {
    message: 'latitude and longitude come together',
    path: ['longitude'],
  })
  .refine((place) => place.geofenceM == null || place.latitude != null, {
    message: 'a geofence needs coordinates',
    path: ['geofenceM'],
  });
export type PlaceInput = z.infer<typeof placeInputSchema>;

export const placeSchema = z.object({
  address: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  geofenceM: z.number().int().nullable(),
});
export type Place = z.infer<typeof placeSchema>;

/** A co-organizing organization: 引领 (lead) or 协助 (assist) alongside the organizer. */
export const coOrganizerInputSchema = z.strictObject({
  organizationId: idSchema,
  role: z.enum(CO_ORGANIZER_ROLES),
});

const coOrganizerListSchema = z
  .array(coOrganizerInputSchema)
  .max(20)
  .refine((list) => new Set(list.map((item) => item.organizationId)).size === list.length, {
    message: 'an organization co-organizes once',
  });

const activityFields = {
  type: z.enum(ACTIVITY_TYPES),
  title: textSchema(100),
  content: optionalTextSchema(5000),
  /** The lead social worker; left out, the person creating the activity leads it. */
  leadUserId: idSchema,
  coOrganizers: coOrganizerListSchema,
  /** null: no fixed place (a phone consultation, say). */
  place: placeInputSchema.nullable(),
  startsAt: instantSchema,
  endsAt: instantSchema,
  /** Who the activity serves (长者, 青少年, 残障人士…), free text so case work can count by it later. */
  beneficiaryGroup: optionalTextSchema(100),
  riskLevel: z.enum(RISK_LEVELS),
};

/** Creates an activity of `organizationId`; its volunteers come from that organization's registry. */
export const activityCreateSchema = z.strictObject({
  ...activityFields,
  organizationId: idSchema,
  leadUserId: activityFields.leadUserId.optional(),
  coOrganizers: activityFields.coOrganizers.default([]),
  place: activityFields.place.optional(),
  riskLevel: activityFields.riskLevel.default('low'),
});
export type ActivityCreate = z.infer<typeof activityCreateSchema>;

/**
 * Only the fields sent change; `coOrganizers` replaces the whole list. The organizer is fixed once created: its
 * registry decides whose volunteers staff the shifts.
 */
export const activityUpdateSchema = z.strictObject(activityFields).partial();
export type ActivityUpdate = z.infer<typeof activityUpdateSchema>;

export const coOrganizerSchema = z.object({
  organizationId: idSchema,
  name: z.string(),
  role: z.enum(CO_ORGANIZER_ROLES),
});
export type CoOrganizer = z.infer<typeof coOrganizerSchema>;

const namedSchema = z.object({ id: idSchema, name: z.string() });

/** What every view of an activity shows. */
export const activitySchema = z.object({
  id: idSchema,
  type: z.enum(ACTIVITY_TYPES),
  title: z.string(),
  content: z.string().nullable(),
  status: z.enum(ACTIVITY_STATUSES),
  organization: namedSchema,
  /** The registry (义工联 or an agency keeping its own volunteers) whose volunteers staff the shifts. */
  registry: namedSchema.nullable(),
  lead: z.object({ userId: idSchema, displayName: z.string() }),
  coOrganizers: z.array(coOrganizerSchema),
  place: placeSchema.nullable(),
  startsAt: instantSchema,
  endsAt: instantSchema,
  beneficiaryGroup: z.string().nullable(),
  riskLevel: z.enum(RISK_LEVELS),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Activity = z.infer<typeof activitySchema>;

/** A list row adds its open shifts' totals. */
export const activityListItemSchema = activitySchema.extend({
  shiftCount: z.number().int(),
  totalCapacity: z.number().int(),
  confirmedCount: z.number().int(),
});
export type ActivityListItem = z.infer<typeof activityListItemSchema>;

export const activityPageSchema = pageOf(activityListItemSchema);

/**
 * Filters of the activity list. `from` and `to` are calendar days (installation time zone), inclusive: an activity
 * is listed when any part of it falls in them. `organizationId` takes that organization's subtree, as organizer or
 * co-organizer.
 */
export const activityListQuerySchema = z.strictObject({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  type: z.enum(ACTIVITY_TYPES).optional(),
  organizationId: idSchema.optional(),
  q: z.string().trim().max(100).optional(),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  ...pageFields(20, 100),
});
export type ActivityListQuery = z.infer<typeof activityListQuerySchema>;

/** The short form shown beside a shift. */
export const activitySummarySchema = z.object({
  id: idSchema,
  type: z.enum(ACTIVITY_TYPES),
  title: z.string(),
  status: z.enum(ACTIVITY_STATUSES),
  organization: namedSchema,
  place: placeSchema.nullable(),
  riskLevel: z.enum(RISK_LEVELS),
  startsAt: instantSchema,
  endsAt: instantSchema,
});
export type ActivitySummary = z.infer<typeof activitySummarySchema>;
