import type { Keys } from '../../secrets/keys.ts';

/** A new code every 30 s; a scanned code stays good for two more periods, time enough to sign in on the phone. */
export const CHECKIN_TOKEN_PERIOD_MS = 30_000;
const ACCEPTED_PERIODS = 3;

const SHIFT_PURPOSE = 'checkin.shift';
const CARD_PURPOSE = 'checkin.card';

export interface IssuedCheckinToken {
  token: string;
  issuedAt: number;
  refreshAt: number;
  validUntil: number;
}

/** The lead's rotating code for a shift: the shift id and the 30-second period, signed. */
export function issueShiftToken(keys: Keys, shiftId: string, now: number): IssuedCheckinToken {
  const period = Math.floor(now / CHECKIN_TOKEN_PERIOD_MS);
  return {
    token: keys.sign(SHIFT_PURPOSE, `${shiftId}.${period}`),
    issuedAt: now,
    refreshAt: (period + 1) * CHECKIN_TOKEN_PERIOD_MS,
    validUntil: (period + ACCEPTED_PERIODS) * CHECKIN_TOKEN_PERIOD_MS,
  };
}

/** The shift a scanned code is for, or why it cannot be used: forged or garbled codes and expired ones differ. */
export function readShiftToken(
  keys: Keys,
  token: string,
  now: number,
): { shiftId: string } | { problem: 'invalid' | 'expired' } {
  const payload = keys.verify(SHIFT_PURPOSE, token);
  const match = payload ? /^([0-9a-f-]{36})\.(\d+)$/.exec(payload) : null;
  if (!match) return { problem: 'invalid' };
  const age = Math.floor(now / CHECKIN_TOKEN_PERIOD_MS) - Number(match[2]);
  if (age < 0) return { problem: 'invalid' };
  if (age >= ACCEPTED_PERIODS) return { problem: 'expired' };
  return { shiftId: match[1] as string };
}

/** A volunteer's personal code, printed or on the phone; it names the volunteer and does not expire. */
export const issueCardToken = (keys: Keys, volunteerId: string) => keys.sign(CARD_PURPOSE, volunteerId);

export function readCardToken(keys: Keys, token: string): string | null {
  const payload = keys.verify(CARD_PURPOSE, token);
  return payload && /^[0-9a-f-]{36}$/.test(payload) ? payload : null;
}
