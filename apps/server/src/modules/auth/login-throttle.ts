import type { Config } from '../../config/config.ts';
import type { Db } from '../../db/create-db.ts';
import { AppError } from '../../http/app-error.ts';
import { createLoginThrottleRepository } from './login-throttle.repository.ts';

// An address may fail more often than one username: several people may sign in from one office.
const IP_FAILURE_FACTOR = 4;

const locked = (lockedUntil: number) => new AppError('auth.locked', 429, { lockedUntil });

/**
 * Counts failed sign-ins per username and per address within a window, and locks out for a while
 * once either passes its limit (`auth.locked`, with the time the lock lifts).
 */
export function createLoginThrottle(db: Db, limits: Config['login']) {
  const repository = createLoginThrottleRepository(db);
  const userKey = (username: string) => `user:${username}`;
  const ipKey = (ip: string | null) => `ip:${ip ?? 'unknown'}`;
  const userLimits = { max: limits.maxFailures, windowMs: limits.windowMs, lockoutMs: limits.lockoutMs };
  const ipLimits = { ...userLimits, max: limits.maxFailures * IP_FAILURE_FACTOR };

  return {
    /**
     * Refuses a locked username or address, then counts this attempt against the username before the password is
     * checked: a burst of parallel guesses is cut off at the limit instead of every guess being verified.
     * A correct password takes the count back with `recordSuccess`.
     */
    async admit(username: string, ip: string | null, now: number): Promise<void> {
      for (const key of [userKey(username), ipKey(ip)]) {
        const row = await repository.find(key);
        if (row?.lockedUntil && row.lockedUntil > now) throw locked(row.lockedUntil);
      }
      const attempt = await repository.countFailure(userKey(username), now, userLimits);
      if (attempt.failures > userLimits.max && attempt.lockedUntil) throw locked(attempt.lockedUntil);
    },

    /** A wrong password also counts against the address (the username's count was taken on admission). */
    recordFailure: async (ip: string | null, now: number) => {
      await repository.countFailure(ipKey(ip), now, ipLimits);
    },

    recordSuccess: (username: string) => repository.clear(userKey(username)),
  };
}
