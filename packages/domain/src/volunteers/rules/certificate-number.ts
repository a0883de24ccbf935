import { z } from 'zod';
import { parseCalendarDate } from './age.ts';

const PREFIX = /^[A-Z0-9]{1,8}$/;
const CERTIFICATE_NUMBER = /^([A-Z0-9]{1,8})-(\d{4})(\d{2})(\d{2})-(\d{6,})$/;

/**
 * A service certificate's number (2015 意见: numbered and registered): prefix, issue day and the registry's running
 * sequence, zero-padded to 6 digits, e.g. `LD-20261123-000042`. Throws a RangeError on a malformed day, a sequence
 * that is not a positive integer, or a prefix outside 1–8 upper-case letters and digits.
 */
export function certificateNumber(issuedOn: string, sequence: number, prefix = 'LD'): string {
  if (!parseCalendarDate(issuedOn)) throw new RangeError(`issuedOn is not a YYYY-MM-DD calendar day: ${issuedOn}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`invalid sequence: ${sequence}`);
  if (!PREFIX.test(prefix)) throw new RangeError(`invalid prefix: ${prefix}`);
  return `${prefix}-${issuedOn.replaceAll('-', '')}-${String(sequence).padStart(6, '0')}`;
}

/** Whether a string has the shape `certificateNumber` produces (with a real day), optionally with a given prefix. */
export function isCertificateNumber(value: string, prefix?: string): boolean {
  const match = CERTIFICATE_NUMBER.exec(value);
  if (!match) return false;
  if (prefix !== undefined && match[1] !== prefix) return false;
  if (!parseCalendarDate(`${match[2]}-${match[3]}-${match[4]}`)) return false;
  return /[1-9]/.test(match[5]!);
}

/** A certificate number as typed on the public verification page: trimmed and upper-cased before the check. */
export const certificateNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((value) => isCertificateNumber(value), 'not a certificate number');
