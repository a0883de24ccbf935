import { z } from 'zod';
import { passwordInputSchema, usernameSchema } from '../auth/auth.schemas.ts';
import { idSchema, instantSchema, optionalTextSchema, pageFields, textSchema } from '../common/common.schemas.ts';
import { ORGANIZATION_KINDS } from '../organizations/organization-kinds.ts';
import { parseCalendarDate } from './rules/age.ts';
import { idTypeSchema } from './rules/identity-document.ts';
import { GENDERS, VOLUNTEER_SOURCES, VOLUNTEER_STATUSES, type VolunteerStatus } from './volunteer-enums.ts';

/** A calendar day 'YYYY-MM-DD' that exists (no 2023-02-29). */
export const volunteerDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => parseCalendarDate(value) !== null, { message: 'not a calendar day' });

/** Half-days of the week a volunteer is usually free: the grid a phone can tick through. */
export const AVAILABILITY_PERIODS = ['morning', 'afternoon', 'evening'] as const;
export type AvailabilityPeriod = (typeof AVAILABILITY_PERIODS)[number];

/** One weekly slot; weekday 1 is Monday (ISO 8601), 7 Sunday. */
export const availabilitySlotSchema = z.strictObject({
  weekday: z.number().int().min(1).max(7),
  period: z.enum(AVAILABILITY_PERIODS),
});
export type AvailabilitySlot = z.infer<typeof availabilitySlotSchema>;

export const availabilitySchema = z
  .array(availabilitySlotSchema)
  .max(21)
  .refine((slots) => new Set(slots.map((slot) => `${slot.weekday}:${slot.period}`)).size === slots.length, {
    message: 'duplicate slot',
  });

/** Skill codes from the registry's list; the server refuses codes the list does not have (volunteers.skill_unknown). */
export const skillCodesSchema = z
  .array(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9_]{1,40}$/),
  )
  .max(50)
  .transform((codes) => [...new Set(codes)]);

/** The raw number as typed; the server normalizes and checks it and answers volunteers.id_number_invalid. */
export const idNumberInputSchema = z.string().trim().min(1).max(40);
/** The raw phone as typed; the server normalizes it or answers volunteers.phone_invalid. */
export const phoneInputSchema = z.string().trim().min(1).max(30);

/** 全国志愿者编号 as issued by the national system (志愿中国); kept as text, not checked. */
const nationalNoSchema = z
  .string()
  .trim()
  .max(40)
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .optional();

/** The legally required identity fields (2012 办法 Art. 6), shared by staff registration and self-registration. */
export const volunteerIdentityFields = {
  name: textSchema(50),
  gender: z.enum(GENDERS),
  birthDate: volunteerDateSchema,
  idType: idTypeSchema,
  idNumber: idNumberInputSchema,
  phone: phoneInputSchema,
  skills: skillCodesSchema.default([]),
  availability: availabilitySchema.default([]),
};

/** A sign-in account made with the record, so the volunteer can use the phone pages. */
export const volunteerAccountSchema = z.strictObject({ username: usernameSchema, password: passwordInputSchema });

/** Staff registration: a new volunteer is prospective (预备) unless registered straight as active (正式). */
export const volunteerCreateSchema = z.strictObject({
  homeOrganizationId: idSchema,
  ...volunteerIdentityFields,
  nationalNo: nationalNoSchema,
  status: z.enum(['prospective', 'active']).default('prospective'),
  account: volunteerAccountSchema.optional(),
});
export type VolunteerCreate = z.infer<typeof volunteerCreateSchema>;

/**
 * Only the fields sent change. A new ID number is checked, hashed and de-duplicated like a new registration; the
 * home organization may move within the same registry only.
 */
export const volunteerUpdateSchema = z
  .strictObject({
    name: volunteerIdentityFields.name,
    gender: volunteerIdentityFields.gender,
    birthDate: volunteerIdentityFields.birthDate,
    idType: idTypeSchema,
    idNumber: idNumberInputSchema,
    phone: phoneInputSchema,
    skills: skillCodesSchema,
    availability: availabilitySchema,
    nationalNo: nationalNoSchema,
    homeOrganizationId: idSchema,
  })
  .partial();
export type VolunteerUpdate = z.infer<typeof volunteerUpdateSchema>;

export const volunteerListQuerySchema = z.strictObject({
  /** Name, its pinyin or initials; an exact ID number or phone number finds that record by its lookup hash. */
  q: z.string().trim().max(60).optional(),
  status: z.enum(VOLUNTEER_STATUSES).optional(),
  /** Volunteers whose home, or one of whose teams, lies in this organization's subtree. */
  organizationId: idSchema.optional(),
  teamId: idSchema.optional(),
  skill: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{1,40}$/)
    .optional(),
  ...pageFields(20),
});
export type VolunteerListQuery = z.infer<typeof volunteerListQuerySchema>;

/** The export takes the list's filters; `reveal=1` writes full ID and phone numbers when the actor may reveal them. */
export const volunteerExportQuerySchema = volunteerListQuerySchema.omit({ page: true, pageSize: true }).extend({
  reveal: z.enum(['0', '1']).optional(),
});
export type VolunteerExportQuery = z.infer<typeof volunteerExportQuerySchema>;

export const organizationRefSchema = z.object({ id: idSchema, name: z.string() });
export const skillRefSchema = z.object({ code: z.string(), name: z.string() });

export const volunteerTeamRefSchema = z.object({
  teamId: idSchema,
  name: z.string(),
  role: z.enum(['member', 'team_lead']),
  joinedAt: instantSchema,
});
export type VolunteerTeamRef = z.infer<typeof volunteerTeamRefSchema>;

/** A row of the volunteer list: identity masked. */
export const volunteerListItemSchema = z.object({
  id: idSchema,
  localNo: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS),
  age: z.number().int(),
  idType: idTypeSchema,
  idNumberMasked: z.string(),
  phoneMasked: z.string(),
  status: z.enum(VOLUNTEER_STATUSES),
  homeOrganization: organizationRefSchema,
  skills: z.array(z.string()),
  registeredAt: instantSchema,
  /** Approved service hours of all time, in hundredths. */
  approvedHundredths: z.number().int(),
});
export type VolunteerListItem = z.infer<typeof volunteerListItemSchema>;

/** Service hours as integer hundredths of an hour (1.25 h = 125), so sums are exact. */
export const volunteerHoursTotalsSchema = z.object({
  approvedHundredths: z.number().int(),
  pendingHundredths: z.number().int(),
});

export const minorStatusSchema = z.object({
  isMinor: z.boolean(),
  forbidden: z.boolean(),
  guardianConsent: z.boolean(),
  accompanied: z.boolean(),
  /** Whether a current (unrevoked, unexpired) consent covering every activity is on file. */
  hasActiveConsent: z.boolean(),
});

export const volunteerTrainingSchema = z.object({
  id: idSchema,
  course: z.string(),
  provider: z.string().nullable(),
  trainedOn: z.string(),
  hours: z.number(),
  result: z.string().nullable(),
  createdAt: instantSchema,
});

export const volunteerQualificationSchema = z.object({
  id: idSchema,
  name: z.string(),
  certificateNo: z.string().nullable(),
  issuedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  /** The expiry day lies before today in the installation's time zone. */
  expired: z.boolean(),
});

export const volunteerExtraFieldSchema = z.object({
  field: z.string(),
  value: z.string(),
  consentedAt: instantSchema,
  consentMethod: z.enum(['online', 'paper', 'in_person']),
});

export const GUARDIAN_CONSENT_STATES = ['active', 'expired', 'revoked'] as const;

export const guardianConsentSchema = z.object({
  id: idSchema,
  guardianName: z.string(),
  relation: z.string(),
  phoneMasked: z.string(),
  idType: idTypeSchema.nullable(),
  idNumberMasked: z.string().nullable(),
  consentedAt: instantSchema,
  scope: z.enum(['all', 'activity']),
  activityId: idSchema.nullable(),
  expiresOn: z.string().nullable(),
  method: z.enum(['online', 'paper', 'in_person']),
  revokedAt: instantSchema.nullable(),
  state: z.enum(GUARDIAN_CONSENT_STATES),
});
export type GuardianConsent = z.infer<typeof guardianConsentSchema>;

/** A volunteer's profile as staff see it; ID and phone masked (POST …/reveal shows them to those allowed). */
// The profile carries the full totals in `hours` instead of the list's single figure.
export const volunteerProfileSchema = volunteerListItemSchema.omit({ approvedHundredths: true }).extend({
  registry: organizationRefSchema,
  homeOrganization: organizationRefSchema.extend({ kind: z.enum(ORGANIZATION_KINDS) }),
  nationalNo: z.string().nullable(),
  birthDate: z.string(),
  minor: minorStatusSchema,
  source: z.enum(VOLUNTEER_SOURCES),
  statusChangedAt: instantSchema,
  statusReason: z.string().nullable(),
  approvedAt: instantSchema.nullable(),
  teams: z.array(volunteerTeamRefSchema),
  skillDetails: z.array(skillRefSchema),
  availability: z.array(availabilitySlotSchema),
  trainings: z.array(volunteerTrainingSchema),
  qualifications: z.array(volunteerQualificationSchema),
  extraFields: z.array(volunteerExtraFieldSchema),
  guardianConsents: z.array(guardianConsentSchema),
  hours: volunteerHoursTotalsSchema,
  account: z.object({ userId: idSchema, username: z.string() }).nullable(),
  updatedAt: instantSchema,
});
export type VolunteerProfile = z.infer<typeof volunteerProfileSchema>;

/** Which status may follow which: approval (prospective → active), suspension and back, and exit from any. */
const STATUS_TRANSITIONS: Record<VolunteerStatus, readonly VolunteerStatus[]> = {
  prospective: ['active', 'exited'],
  active: ['suspended', 'exited'],
  suspended: ['active', 'exited'],
  exited: [],
};

/** The statuses a volunteer in `status` may move to (the web app shows these as buttons). */
export const nextVolunteerStatuses = (status: VolunteerStatus): readonly VolunteerStatus[] =>
  STATUS_TRANSITIONS[status];

export const volunteerStatusChangeSchema = z.strictObject({
  status: z.enum(VOLUNTEER_STATUSES),
  reason: optionalTextSchema(200),
});

/** Bulk approval of prospective volunteers: every one is approved, or none is. */
export const volunteerBulkApproveSchema = z.strictObject({
  ids: z
    .array(idSchema)
    .min(1)
    .max(500)
    .transform((ids) => [...new Set(ids)]),
});
export const volunteerBulkApproveResultSchema = z.object({ approvedIds: z.array(idSchema) });

export const REVEALABLE_FIELDS = ['idNumber', 'phone'] as const;
export const revealBodySchema = z.strictObject({ field: z.enum(REVEALABLE_FIELDS) });
export const revealResultSchema = z.object({ value: z.string() });

export const volunteerParamsSchema = z.strictObject({ id: idSchema });
