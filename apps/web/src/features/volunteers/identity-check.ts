import {
  checkIdentityDocument,
  type Gender,
  type IdentityProblem,
  type IdType,
  normalizeIdNumber,
  parseResidentId,
  type ResidentIdFacts,
} from '@liandong/domain';

export interface IdentityValues {
  idType?: IdType;
  idNumber?: string;
  birthDate?: string;
  gender?: Gender;
}

/**
 * The problem the server would answer for this document number, checked before submitting so the person fixes it
 * while the card is still in their hand. Null while the number is empty or when it passes.
 */
export function identityProblemOf(values: IdentityValues, today: string): IdentityProblem | null {
  if (!values.idType || !values.idNumber?.trim()) return null;
  return checkIdentityDocument(
    values.idType,
    values.idNumber,
    { birthDate: values.birthDate || null, gender: values.gender ?? null },
    today,
  );
}

/**
 * Birth date and gender read from a valid 居民身份证 number, to fill in for the person; null for other documents
 * and for a number that does not pass its check.
 */
export function residentIdFactsOf(
  idType: IdType | undefined,
  idNumber: string | undefined,
  today: string,
): ResidentIdFacts | null {
  if (idType !== 'resident_id' || !idNumber) return null;
  return parseResidentId(normalizeIdNumber('resident_id', idNumber), today);
}
