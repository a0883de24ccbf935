import { z } from 'zod';
import { passwordInputSchema, usernameSchema } from '../auth/auth.schemas.ts';
import { idSchema, instantSchema } from '../common/common.schemas.ts';
import { ORGANIZATION_KINDS } from '../organizations/organization-kinds.ts';
import { registrySettingsSchema, skillOptionSchema } from './registry-settings.schemas.ts';
import { minorsPolicySchema } from './rules/age.ts';
import {
  organizationRefSchema,
  skillRefSchema,
  volunteerIdentityFields,
  volunteerTeamRefSchema,
} from './volunteer.schemas.ts';
import { VOLUNTEER_STATUSES } from './volunteer-enums.ts';
import { guardianFields } from './volunteer-records.schemas.ts';

/** Organizations whose public page takes self-registrations: a 义工联, a service station or a volunteer team. */
export const SELF_REGISTRATION_KINDS = ['volunteer_federation', 'service_station', 'volunteer_team'] as const;

export const selfRegistrationParamsSchema = z.strictObject({ organizationId: idSchema });

/** What the public registration page needs to draw itself. */
export const selfRegistrationPageSchema = z.object({
  organization: z.object({ id: idSchema, name: z.string(), kind: z.enum(ORGANIZATION_KINDS) }),
  registry: organizationRefSchema,
  skills: z.array(skillOptionSchema),
  /** False when the registry has closed self-registration; the page says so instead of showing the form. */
  open: z.boolean(),
  minorsPolicy: minorsPolicySchema,
});
export type SelfRegistrationPage = z.infer<typeof selfRegistrationPageSchema>;

/**
 * A person registering themselves on a phone. `consent` is their agreement to the privacy notice; `guardian` is
 * required when the registry's minors policy asks a guardian's consent at their age.
 */
export const selfRegistrationBodySchema = z.strictObject({
  ...volunteerIdentityFields,
  username: usernameSchema,
  password: passwordInputSchema,
  consent: z.literal(true),
  guardian: z
    .strictObject(guardianFields)
    .refine((value) => (value.idType === undefined) === (value.idNumber === undefined), {
      message: 'ID type and number go together',
      path: ['idNumber'],
    })
    .optional(),
});
export type SelfRegistrationBody = z.infer<typeof selfRegistrationBodySchema>;

/** One of the signed-in user's own volunteer records (a person may be registered with several registries). */
export const myVolunteerSchema = z.object({
  id: idSchema,
  registry: organizationRefSchema,
  homeOrganization: organizationRefSchema,
  localNo: z.string(),
  name: z.string(),
  status: z.enum(VOLUNTEER_STATUSES),
  registeredAt: instantSchema,
  teams: z.array(volunteerTeamRefSchema),
  skills: z.array(skillRefSchema),
  approvedHundredths: z.number().int(),
});
export type MyVolunteer = z.infer<typeof myVolunteerSchema>;

export const myVolunteerListSchema = z.object({ items: z.array(myVolunteerSchema) });

export const registryParamsSchema = z.strictObject({ organizationId: idSchema });

/** A registry's settings with the registry they belong to (any organization's id finds its registry root). */
export const registrySettingsViewSchema = z.object({
  registry: organizationRefSchema,
  settings: registrySettingsSchema,
});
export type RegistrySettingsView = z.infer<typeof registrySettingsViewSchema>;
