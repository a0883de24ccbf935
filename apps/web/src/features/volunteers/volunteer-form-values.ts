import type { VolunteerCreate, VolunteerProfile, VolunteerUpdate } from '@liandong/domain';
import type { IdentityFormValues } from './identity-fields.tsx';

/** What the registration drawer holds. In the edit drawer, an empty ID or phone number means "unchanged". */
export interface VolunteerFormValues extends IdentityFormValues {
  homeOrganizationId: string;
  skills?: string[];
  nationalNo?: string;
  withAccount?: boolean;
  account?: { username?: string; password?: string };
}

const text = (value: string | undefined | null) => (value ?? '').trim();

/** The staff registration body: a prospective volunteer, with an account only when asked for. */
export function createBodyOf(values: VolunteerFormValues): VolunteerCreate {
  const body: VolunteerCreate = {
    homeOrganizationId: values.homeOrganizationId,
    name: text(values.name),
    gender: values.gender!,
    birthDate: values.birthDate!,
    idType: values.idType,
    idNumber: text(values.idNumber),
    phone: text(values.phone),
    skills: values.skills ?? [],
    availability: [],
    nationalNo: text(values.nationalNo) || null,
    status: 'prospective',
  };
  if (values.withAccount && values.account?.username && values.account.password) {
    body.account = { username: text(values.account.username), password: values.account.password };
  }
  return body;
}

/** The form's starting values for editing a profile: the numbers stay empty, since only their masks are known. */
export function formValuesOf(profile: VolunteerProfile): VolunteerFormValues {
  return {
    homeOrganizationId: profile.homeOrganization.id,
    name: profile.name,
    gender: profile.gender,
    birthDate: profile.birthDate,
    idType: profile.idType,
    idNumber: '',
    phone: '',
    skills: profile.skills,
    nationalNo: profile.nationalNo ?? '',
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Only what changed, so an edit of the name does not re-send (and re-check) the identity document. A new ID number
 * is sent with its type; a changed type alone needs the number again, which the form asks for.
 */
export function updateBodyOf(values: VolunteerFormValues, before: VolunteerProfile): VolunteerUpdate {
  const body: VolunteerUpdate = {};
  if (text(values.name) !== before.name) body.name = text(values.name);
  if (values.gender && values.gender !== before.gender) body.gender = values.gender;
  if (values.birthDate && values.birthDate !== before.birthDate) body.birthDate = values.birthDate;
  if (text(values.idNumber)) {
    body.idType = values.idType;
    body.idNumber = text(values.idNumber);
  }
  if (text(values.phone)) body.phone = text(values.phone);
  if (values.skills && !sameSet(values.skills, before.skills)) body.skills = values.skills;
  const nationalNo = text(values.nationalNo) || null;
  if (nationalNo !== before.nationalNo) body.nationalNo = nationalNo;
  if (values.homeOrganizationId !== before.homeOrganization.id) body.homeOrganizationId = values.homeOrganizationId;
  return body;
}
