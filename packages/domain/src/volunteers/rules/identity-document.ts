import { z } from 'zod';
import type { Gender } from '../volunteer-enums.ts';
import { parseCalendarDate } from './age.ts';

/**
 * Identity documents a volunteer may register with (2012 办法 Art. 6 asks for 证件类型 and 号码):
 * 居民身份证; passport (Chinese or foreign); 港澳 and 台湾 permits, each also covering the 18-digit 居住证;
 * 外国人永久居留身份证; anything else (军官证 and the like) as `other`.
 */
export const ID_TYPES = [
  'resident_id',
  'passport',
  'hk_macao_permit',
  'taiwan_permit',
  'foreign_permanent_resident',
  'other',
] as const;
export type IdType = (typeof ID_TYPES)[number];
export const idTypeSchema = z.enum(ID_TYPES);

/** Why a document number is refused; the web app words each one. */
export const IDENTITY_PROBLEMS = [
  'format',
  'birth_date',
  'check_character',
  'birth_date_mismatch',
  'gender_mismatch',
] as const;
export type IdentityProblem = (typeof IDENTITY_PROBLEMS)[number];

// Full-width forms (Ａ, １, －) sit at a fixed offset from ASCII; Chinese input methods produce them often.
const FULL_WIDTH_OFFSET = 0xfee0;

/** Converts full-width ASCII forms (U+FF01–U+FF5E) to their half-width characters. */
export function toHalfWidth(value: string): string {
  return value.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET));
}

/**
 * The canonical form of a document number, used to check, hash and store it: full-width characters made
 * half-width, every space removed (including the ideographic space), letters upper-cased (so a lower-case `x` check
 * character becomes `X`). The same rule applies to every type today; the type is taken so that can change in one place.
 */
export function normalizeIdNumber(_type: IdType, raw: string): string {
  return toHalfWidth(raw).replace(/\s+/g, '').toUpperCase();
}

// Residence permits (居住证) for 港澳 and 台湾 residents share the resident-ID layout, with region 810000/820000/830000.
const RESIDENCE_PERMIT = /^\d{17}[\dX]$/;

const FORMATS: Record<IdType, (value: string) => boolean> = {
  resident_id: (value) => /^\d{17}[\dX]$/.test(value),
  // Chinese passports are E or G plus 8 characters (E12345678, EA1234567); they fall inside the foreign rule too.
  passport: (value) => /^[A-Z0-9]{5,20}$/.test(value),
  // 港澳居民来往内地通行证: H or M plus 8 digits (10 on older cards); or 港澳居民居住证.
  hk_macao_permit: (value) =>
    /^[HM](\d{8}|\d{10})$/.test(value) || (/^8[12]0000/.test(value) && RESIDENCE_PERMIT.test(value)),
  // 台湾居民来往大陆通行证: 8 digits; or 台湾居民居住证. Older 10-character cards are registered as `other`.
  taiwan_permit: (value) => /^\d{8}$/.test(value) || (value.startsWith('830000') && RESIDENCE_PERMIT.test(value)),
  // 外国人永久居留身份证: the 2004 card (3 letters + 12 digits) or the 2023 card (18 characters starting with 9).
  foreign_permanent_resident: (value) => /^[A-Z]{3}\d{12}$/.test(value) || /^9\d{16}[\dX]$/.test(value),
  // Any 1–30 characters with no control characters (spaces were already removed).
  other: (value) => /^[^\p{C}]{1,30}$/u.test(value),
};

/** Whether a normalized number has the shape of its document type. */
export function isIdNumberFormat(type: IdType, normalized: string): boolean {
  return FORMATS[type](normalized);
}

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_ID_CHECK = '10X98765432';

/**
 * The 18th character of a 居民身份证 number (GB 11643-1999, ISO 7064 MOD 11-2) over its first 17 digits.
 * Throws a RangeError unless given exactly 17 digits.
 */
export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('a resident ID check character needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * RESIDENT_ID_WEIGHTS[i]!;
  return RESIDENT_ID_CHECK[sum % 11]!;
}

export interface ResidentIdFacts {
  /** 6-digit 行政区划代码 of the place of first registration. */
  regionCode: string;
  /** YYYY-MM-DD */
  birthDate: string;
  gender: Gender;
}

/** The embedded birth date as YYYY-MM-DD when it is a real day from 1900 up to `today`, else null. */
function embeddedBirthDate(normalized: string, today?: string): string | null {
  const birthDate = `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`;
  const parsed = parseCalendarDate(birthDate);
  if (!parsed || parsed.year < 1900) return null;
  // YYYY-MM-DD strings compare in calendar order.
  if (today !== undefined && birthDate > today) return null;
  return birthDate;
}

/**
 * Reads a 居民身份证 number (normalized first): region, birth date and gender (17th digit odd = male, even = female).
 * Null unless it has 18 characters of the right kinds, a real birth date from 1900 on and not after `today`
 * (YYYY-MM-DD, when given), and the right check character.
 */
export function parseResidentId(id: string, today?: string): ResidentIdFacts | null {
  const normalized = normalizeIdNumber('resident_id', id);
  if (!FORMATS.resident_id(normalized)) return null;
  const birthDate = embeddedBirthDate(normalized, today);
  if (!birthDate) return null;
  if (residentIdCheckCharacter(normalized.slice(0, 17)) !== normalized[17]) return null;
  return {
    regionCode: normalized.slice(0, 6),
    birthDate,
    gender: Number(normalized[16]) % 2 === 1 ? 'male' : 'female',
  };
}

/** What the volunteer said about themselves, compared with what a resident ID number encodes. */
export interface IdentityClaims {
  birthDate?: string | null;
  gender?: Gender | null;
}

/**
 * The first problem with a document number, or null when it passes. A 居民身份证 is checked in this order: format,
 * a real birth date (from 1900, not after `today` when given), check character, then agreement with the claimed
 * birth date and gender when those are given. Other types are checked for format only: their numbers carry no
 * check we can verify.
 */
export function checkIdentityDocument(
  type: IdType,
  rawNumber: string,
  claimed?: IdentityClaims,
  today?: string,
): IdentityProblem | null {
  const normalized = normalizeIdNumber(type, rawNumber);
  if (!FORMATS[type](normalized)) return 'format';
  if (type !== 'resident_id') return null;
  if (!embeddedBirthDate(normalized, today)) return 'birth_date';
  const facts = parseResidentId(normalized, today);
  if (!facts) return 'check_character';
  if (claimed?.birthDate && claimed.birthDate !== facts.birthDate) return 'birth_date_mismatch';
  if (claimed?.gender && claimed.gender !== facts.gender) return 'gender_mismatch';
  return null;
}
