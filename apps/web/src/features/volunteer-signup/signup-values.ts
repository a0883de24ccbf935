import {
  ageOn,
  type GuardianRelation,
  type IdType,
  type MinorRequirements,
  type MinorsPolicyBand,
  minorRequirements,
  parseCalendarDate,
  type SelfRegistrationBody,
} from '@liandong/domain';
import type { IdentityFormValues } from '../volunteers/identity-fields.tsx';

export interface SignupFormValues extends IdentityFormValues {
  skills?: string[];
  username: string;
  password: string;
  confirmPassword?: string;
  consent?: boolean;
  guardian?: {
    guardianName?: string;
    relation?: GuardianRelation;
    phone?: string;
    idType?: IdType;
    idNumber?: string;
  };
}

/** What the registry's minors policy asks of someone born on `birthDate`, today; null for an adult or no date yet. */
export function minorNeedsOf(
  birthDate: string | undefined,
  policy: readonly MinorsPolicyBand[],
  today: string,
): (MinorRequirements & { age: number }) | null {
  if (!birthDate || !parseCalendarDate(birthDate) || birthDate > today) return null;
  const age = ageOn(birthDate, today);
  if (age >= 18) return null;
  return { age, ...minorRequirements(age, policy) };
}

const text = (value: string | undefined) => (value ?? '').trim();

/**
 * The self-registration body. Guardian details go along only when the policy asks a guardian's consent at this age,
 * so fields a person filled in and then made irrelevant (by correcting the birth date) are not sent.
 */
export function signupBodyOf(values: SignupFormValues, needsGuardian: boolean): SelfRegistrationBody {
  const body: SelfRegistrationBody = {
    name: text(values.name),
    gender: values.gender!,
    birthDate: values.birthDate!,
    idType: values.idType,
    idNumber: text(values.idNumber),
    phone: text(values.phone),
    skills: values.skills ?? [],
    availability: [],
    username: text(values.username).toLowerCase(),
    password: values.password,
    consent: true,
  };
  const guardian = values.guardian;
  if (needsGuardian && guardian?.guardianName && guardian.relation && guardian.phone) {
    body.guardian = {
      guardianName: text(guardian.guardianName),
      relation: guardian.relation,
      phone: text(guardian.phone),
      ...(guardian.idType && text(guardian.idNumber)
        ? { idType: guardian.idType, idNumber: text(guardian.idNumber) }
        : {}),
    };
  }
  return body;
}
