import { z } from 'zod';
import { idSchema, instantSchema, optionalTextSchema, textSchema } from '../common/common.schemas.ts';
import { idTypeSchema } from './rules/identity-document.ts';
import { idNumberInputSchema, phoneInputSchema, volunteerDateSchema } from './volunteer.schemas.ts';
import { CONSENT_METHODS, GUARDIAN_CONSENT_SCOPES, GUARDIAN_RELATIONS, TEAM_ROLES } from './volunteer-enums.ts';

export const volunteerTeamParamsSchema = z.strictObject({ id: idSchema, teamId: idSchema });
export const volunteerTeamBodySchema = z.strictObject({ role: z.enum(TEAM_ROLES).default('member') });

export const volunteerTrainingCreateSchema = z.strictObject({
  course: textSchema(100),
  provider: optionalTextSchema(100),
  trainedOn: volunteerDateSchema,
  /** Training hours (kept apart from service hours), to the hundredth. */
  hours: z.number().min(0).max(1000),
  result: optionalTextSchema(100),
});
export type VolunteerTrainingCreate = z.infer<typeof volunteerTrainingCreateSchema>;

export const volunteerQualificationCreateSchema = z
  .strictObject({
    name: textSchema(100),
    certificateNo: optionalTextSchema(60),
    issuedOn: volunteerDateSchema.nullable().optional(),
    expiresOn: volunteerDateSchema.nullable().optional(),
  })
  .refine((value) => !value.issuedOn || !value.expiresOn || value.issuedOn <= value.expiresOn, {
    message: 'expires before issued',
    path: ['expiresOn'],
  });
export type VolunteerQualificationCreate = z.infer<typeof volunteerQualificationCreateSchema>;

/** Training records and qualifications are addressed as /api/volunteers/:id/trainings/:recordId. */
export const volunteerRecordParamsSchema = z.strictObject({ id: idSchema, recordId: idSchema });

/**
 * Personal fields beyond the legal minimum. Each is kept only with the volunteer's recorded consent
 * (2012 办法 Art. 6 ¶2); withdrawing the consent deletes the value.
 */
export const VOLUNTEER_EXTRA_FIELDS = [
  'education',
  'occupation',
  'employer',
  'political_status',
  'email',
  'emergency_contact',
  'wechat',
] as const;
export type VolunteerExtraField = (typeof VOLUNTEER_EXTRA_FIELDS)[number];

export const isVolunteerExtraField = (field: string): field is VolunteerExtraField =>
  (VOLUNTEER_EXTRA_FIELDS as readonly string[]).includes(field);

/**
 * `field` is one of VOLUNTEER_EXTRA_FIELDS; the server checks that after the body, so a bad body is reported on its
 * own fields first (an unknown field answers validation.failed at `params.field`).
 */
export const volunteerExtraFieldParamsSchema = z.strictObject({
  id: idSchema,
  field: z.string().regex(/^[a-z0-9_-]{1,40}$/),
});

/** The consent is optional here so that leaving it out is answered volunteers.consent_required, not a generic 400. */
export const volunteerExtraFieldBodySchema = z.strictObject({
  value: textSchema(200),
  consent: z
    .strictObject({
      method: z.enum(CONSENT_METHODS),
      /** When the volunteer agreed (a paper form signed earlier); now when left out. */
      consentedAt: instantSchema.optional(),
    })
    .optional(),
});
export type VolunteerExtraFieldBody = z.infer<typeof volunteerExtraFieldBodySchema>;

/** The guardian's own details, as a form or the self-registration page sends them. */
export const guardianFields = {
  guardianName: textSchema(50),
  relation: z.enum(GUARDIAN_RELATIONS),
  phone: phoneInputSchema,
  idType: idTypeSchema.optional(),
  idNumber: idNumberInputSchema.optional(),
};

export const guardianConsentCreateSchema = z
  .strictObject({
    ...guardianFields,
    consentedAt: instantSchema.optional(),
    scope: z.enum(GUARDIAN_CONSENT_SCOPES).default('all'),
    activityId: idSchema.optional(),
    expiresOn: volunteerDateSchema.optional(),
    method: z.enum(CONSENT_METHODS),
  })
  .refine((value) => (value.scope === 'activity') === (value.activityId !== undefined), {
    message: 'an activity consent names its activity, and only it does',
    path: ['activityId'],
  })
  .refine((value) => (value.idType === undefined) === (value.idNumber === undefined), {
    message: 'ID type and number go together',
    path: ['idNumber'],
  });
export type GuardianConsentCreate = z.infer<typeof guardianConsentCreateSchema>;

export const guardianConsentParamsSchema = z.strictObject({ id: idSchema, consentId: idSchema });
