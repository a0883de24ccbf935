import { type IdType, toHalfWidth } from './identity-document.ts';

const stars = (count: number) => '*'.repeat(Math.max(0, count));

/**
 * A document number as shown to staff who may not see it whole. A 居民身份证 keeps its first 3 and last 4 characters
 * (`331***********123X`): the province and city, and the digits people read aloud to confirm. Other numbers keep the
 * first 1 and last 2 when at least 6 long, else nothing. The length is kept so the mask still looks like the document.
 */
export function maskIdNumber(type: IdType, normalized: string): string {
  const chars = Array.from(normalized);
  if (type === 'resident_id' && chars.length > 7) {
    return chars.slice(0, 3).join('') + stars(chars.length - 7) + chars.slice(-4).join('');
  }
  if (type !== 'resident_id' && chars.length >= 6) {
    return chars[0] + stars(chars.length - 3) + chars.slice(-2).join('');
  }
  return stars(chars.length);
}

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
// Area code without its 0 (10 Beijing, 2x big cities, 3 digits elsewhere), then a 7–8 digit local number.
const LANDLINE_WITHOUT_TRUNK = /^(10|2\d|[3-9]\d{2})\d{7,8}$/;

/** A phone number as shown in lists: a mainland mobile as `138****5678`, any other keeps only its last 4 characters. */
export function maskPhone(phone: string): string {
  if (MAINLAND_MOBILE.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(7)}`;
  const chars = Array.from(phone);
  if (chars.length <= 4) return stars(chars.length);
  return stars(chars.length - 4) + chars.slice(-4).join('');
}

/**
 * A name for public pages (rosters, certificate verification): the first character, or the first two for names of
 * four or more (often a two-character surname such as 欧阳), and a star for each other character. A one-character
 * name is shown as it is, since hiding it would leave nothing. Counts characters, not UTF-16 units, so rare
 * characters outside the BMP (𠮷) count once.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  const kept = chars.length >= 4 ? 2 : 1;
  return chars.slice(0, kept).join('') + stars(chars.length - kept);
}

/**
 * The canonical digits of a Chinese phone number, or null. Accepts spaces, dashes, parentheses, full-width digits and
 * a +86 / 0086 / 86 country code. Returns an 11-digit mainland mobile (1[3-9]…), or a landline with its area code
 * (0 + 9–11 digits, e.g. 01012345678, 057188881234); a landline written internationally (+86 571 …) gets its trunk 0 back. Extensions are not kept.
 */
export function normalizePhone(raw: string): string | null {
  const compact = toHalfWidth(raw).replace(/[\s\-()]/g, '');
  let digits = compact;
  let international = false;
  if (/^(\+|00)86\d+$/.test(compact)) {
    digits = compact.replace(/^(\+|00)86/, '');
    international = true;
  } else if (/^861[3-9]\d{9}$/.test(compact)) {
    // Bare 86 is only read as a country code before a mobile; 86… could start a landline number too.
    digits = compact.slice(2);
  }
  if (!/^\d+$/.test(digits)) return null;
  if (MAINLAND_MOBILE.test(digits)) return digits;
  if (international && LANDLINE_WITHOUT_TRUNK.test(digits)) return `0${digits}`;
  if (digits.startsWith('0') && LANDLINE_WITHOUT_TRUNK.test(digits.slice(1))) return digits;
  return null;
}
