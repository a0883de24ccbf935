import type { Config } from '../../config/config.ts';
import type { Db } from '../../db/create-db.ts';
import { AppError } from '../../http/app-error.ts';
import { createLoginThrottleRepository } from './login-throttle.repository.ts';

// An address may fail more often than one username: several people may sign in from one office.
const IP_FAILURE_FACTOR = 4;

/**
 * Counts failed sign-ins per username and per address within a window, and locks out for a while
 * once either passes its limit (`auth.locked`, with the time the lock lifts).
 */
export function createLoginThrottle(db: Db, limits: Config['login']) {
  const repository = createLoginThrottleRepository(db);
  const keys = (username: string, ip: string | null) => [
    { key: `user:${username}`, max: limits.maxFailures },
    { key: `ip:${ip ?? 'unknown'}`, max: limits.maxFailures * IP_FAILURE_FACTOR },
  ];

  return {
    async assertNotLocked(username: string, ip: string | null, now: number): Promise<void> {
      for (const { key } of keys(username, ip)) {
        const row = await repository.find(key);
        if (row?.lockedUntil && row.lockedUntil > now) {
          throw new AppError('auth.locked', 429, { lockedUntil: row.lockedUntil });
        }
      }
    },

    async recordFailure(username: string, ip: string | null, now: number): Promise<void> {
      for (const { key, max } of keys(username, ip)) {
        const row = await repository.find(key);
        const fresh =
          !row || now - row.firstFailureAt > limits.windowMs || (row.lockedUntil !== null && row.lockedUntil <= now);
        const failures = fresh ? 1 : row.failures + 1;
        await repository.save({
          key,
          failures,
          firstFailureAt: fresh ? now : row.firstFailureAt,
          lockedUntil: failures >= max ? now + limits.lockoutMs : null,
        });
      }
    },

    recordSuccess: (username: string) => repository.clear(`user:${username}`),
  };
}
