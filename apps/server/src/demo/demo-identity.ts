import { residentIdCheckCharacter } from '@liandong/domain';
import { DEMO_COUNTY_CODE } from './demo-regions.ts';

/**
 * An invented 居民身份证 number of a demo person: the demo county's region code, the birth date, a sequence whose
 * last digit is odd for men and even for women, and the ISO 7064 MOD 11-2 check character. Distinct serials
 * (0–499) give distinct numbers.
 */
export function demoResidentId(birthDate: string, gender: 'male' | 'female', serial: number): string {
  if (serial < 0 || serial > 499) throw new RangeError(`demo ID serial out of range: ${serial}`);
  const sequence = String(serial * 2 + (gender === 'male' ? 1 : 0)).padStart(3, '0');
  const first17 = `${DEMO_COUNTY_CODE}${birthDate.replaceAll('-', '')}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

/**
 * A mobile number in the demo's obviously invented block 199-0000-xxxx (volunteers) or 199-0001-xxxx (guardians and
 * other contacts), so nobody mistakes a demo record for a real person's.
 */
export function demoPhone(serial: number, block: 0 | 1 = 0): string {
  if (serial < 0 || serial > 9999) throw new RangeError(`demo phone serial out of range: ${serial}`);
  return `199000${block}${String(serial).padStart(4, '0')}`;
}
