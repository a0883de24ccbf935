import { IDENTITY_PROBLEMS, type IdentityProblem } from '@liandong/domain';
import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api.ts';
import { type FieldError, type FieldsByCode, formErrorsOf } from '../../lib/form-errors.ts';

/** Codes of the registration forms that concern one field, shown beside it as well as in the toast. */
export const VOLUNTEER_FIELDS_BY_CODE: FieldsByCode = {
  'volunteers.id_number_invalid': 'idNumber',
  'volunteers.already_registered': 'idNumber',
  'volunteers.phone_invalid': 'phone',
  'volunteers.skill_unknown': 'skills',
  'volunteers.under_minimum_age': 'birthDate',
  'volunteers.home_outside_registry': 'homeOrganizationId',
  'organizations.not_found': 'homeOrganizationId',
  'users.username_taken': ['account', 'username'],
  'auth.password_too_weak': ['account', 'password'],
};

/** The identity rule's reason a document number was refused (details `[{ path, problem }]`), if the server gave one. */
export function identityProblemIn(error: unknown): IdentityProblem | null {
  if (!(error instanceof ApiError) || error.code !== 'volunteers.id_number_invalid') return null;
  if (!Array.isArray(error.details)) return null;
  const problem = (error.details[0] as { problem?: unknown } | undefined)?.problem;
  return IDENTITY_PROBLEMS.includes(problem as IdentityProblem) ? (problem as IdentityProblem) : null;
}

/**
 * Field errors of a failed registration or edit: as `formErrorsOf`, with a refused ID number worded by its problem
 * ("校验位不正确" rather than "证件号码无效").
 */
export function volunteerFormErrors(
  t: TFunction,
  error: unknown,
  fieldsByCode = VOLUNTEER_FIELDS_BY_CODE,
): FieldError[] {
  const fields = formErrorsOf(t, error, fieldsByCode);
  const problem = identityProblemIn(error);
  if (!problem) return fields;
  const message = t(`volunteers.identityProblems.${problem}`);
  return fields.map((field) => (field.name.at(-1) === 'idNumber' ? { ...field, errors: [message] } : field));
}

/** The existing record a 409 volunteers.already_registered points to, when the user may see it; else null. */
export function existingVolunteerOf(error: unknown): { volunteerId: string; localNo?: string } | null {
  if (!(error instanceof ApiError) || error.code !== 'volunteers.already_registered') return null;
  const details = error.details as { volunteerId?: unknown; localNo?: unknown } | undefined;
  if (typeof details?.volunteerId !== 'string') return null;
  return {
    volunteerId: details.volunteerId,
    localNo: typeof details.localNo === 'string' ? details.localNo : undefined,
  };
}
