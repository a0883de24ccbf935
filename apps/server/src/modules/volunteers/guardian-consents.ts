import {
  checkIdentityDocument,
  type IdType,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  normalizePhone,
} from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Db } from '../../db/create-db.ts';
import { AppError } from '../../http/app-error.ts';

/** The guardian's details as a form sends them. */
export interface GuardianInput {
  guardianName: string;
  relation: string;
  phone: string;
  idType?: IdType | undefined;
  idNumber?: string | undefined;
}

/**
 * Checks the guardian's phone and (optional) identity document and returns them encrypted and masked as the
 * guardian_consents row keeps them. `pathPrefix` points errors at the form's fields ('body' or 'body.guardian').
 */
export function sealGuardian(keys: AppDeps['keys'], input: GuardianInput, today: string, pathPrefix = 'body') {
  const phone = normalizePhone(input.phone);
  if (!phone) throw new AppError('volunteers.phone_invalid', 400, [{ path: `${pathPrefix}.phone` }]);
  let identity = {
    idType: null as IdType | null,
    idNumberCipher: null as string | null,
    idNumberMasked: null as string | null,
  };
  if (input.idType && input.idNumber) {
    const problem = checkIdentityDocument(input.idType, input.idNumber, undefined, today);
    if (problem) throw new AppError('volunteers.id_number_invalid', 400, [{ path: `${pathPrefix}.idNumber`, problem }]);
    const normalized = normalizeIdNumber(input.idType, input.idNumber);
    identity = {
      idType: input.idType,
      idNumberCipher: keys.encrypt(normalized),
      idNumberMasked: maskIdNumber(input.idType, normalized),
    };
  }
  return {
    guardianName: input.guardianName,
    relation: input.relation,
    phoneCipher: keys.encrypt(phone),
    phoneMasked: maskPhone(phone),
    ...identity,
  };
}

/**
 * Whether a guardian's consent covers the volunteer taking part in `activityId` (null: any activity) on `onDay`
 * ('YYYY-MM-DD'): not revoked, not expired before that day, and covering every activity or that one.
 * Sign-up and assignment of minors call this where the registry's minors policy asks for consent.
 */
export async function hasValidGuardianConsent(
  db: Db,
  volunteerId: string,
  activityId: string | null,
  onDay: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('guardianConsents')
    .select('id')
    .where('volunteerId', '=', volunteerId)
    .where('revokedAt', 'is', null)
    .where((eb) => eb.or([eb('expiresOn', 'is', null), eb('expiresOn', '>=', onDay)]))
    .where((eb) =>
      activityId === null
        ? eb('scope', '=', 'all')
        : eb.or([eb('scope', '=', 'all'), eb.and([eb('scope', '=', 'activity'), eb('activityId', '=', activityId)])]),
    )
    .executeTakeFirst();
  return row !== undefined;
}
