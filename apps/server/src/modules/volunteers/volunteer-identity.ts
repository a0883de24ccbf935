import {
  checkIdentityDocument,
  type Gender,
  type IdType,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  normalizePhone,
} from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../http/app-error.ts';

type Keys = AppDeps['keys'];

/** An ID number as stored: encrypted, its keyed hash for exact lookup, and the masked form lists show. */
export interface SealedIdNumber {
  idType: IdType;
  idNumberCipher: string;
  idNumberHash: string;
  idNumberMasked: string;
}

export interface SealedPhone {
  phoneCipher: string;
  phoneHash: string;
  phoneMasked: string;
}

/** The lookup hash of an ID number, whatever its type: the same person's number hashes alike however it was typed. */
export const idNumberHashOf = (keys: Keys, idType: IdType, raw: string) =>
  keys.lookupHash('id_number', normalizeIdNumber(idType, raw));

/**
 * Checks a document number (for a 居民身份证 also against the claimed birth date and gender) and returns it sealed
 * for storage. A refused number answers volunteers.id_number_invalid with the rule's problem code, so the form can
 * say "wrong check character" rather than "invalid".
 */
export function sealIdNumber(
  keys: Keys,
  input: { idType: IdType; idNumber: string; birthDate?: string | null; gender?: Gender | null },
  today: string,
  path = 'body.idNumber',
): SealedIdNumber {
  const problem = checkIdentityDocument(
    input.idType,
    input.idNumber,
    { birthDate: input.birthDate ?? null, gender: input.gender ?? null },
    today,
  );
  if (problem) throw new AppError('volunteers.id_number_invalid', 400, [{ path, problem }]);
  const normalized = normalizeIdNumber(input.idType, input.idNumber);
  return {
    idType: input.idType,
    idNumberCipher: keys.encrypt(normalized),
    idNumberHash: keys.lookupHash('id_number', normalized),
    idNumberMasked: maskIdNumber(input.idType, normalized),
  };
}

/** Normalizes a phone number and returns it sealed, or answers volunteers.phone_invalid. */
export function sealPhone(keys: Keys, raw: string, path = 'body.phone'): SealedPhone {
  const phone = normalizePhone(raw);
  if (!phone) throw new AppError('volunteers.phone_invalid', 400, [{ path }]);
  return {
    phoneCipher: keys.encrypt(phone),
    phoneHash: keys.lookupHash('phone', phone),
    phoneMasked: maskPhone(phone),
  };
}
