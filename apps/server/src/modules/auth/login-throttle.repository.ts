import { sql } from 'kysely';
import type { Db } from '../../db/create-db.ts';

export interface FailureLimits {
  max: number;
  windowMs: number;
  lockoutMs: number;
}

/** Keyed attempt counts: failed sign-ins per username and address, and public registrations per address. */
export function createLoginThrottleRepository(db: Db) {
  return {
    find: (key: string) => db.selectFrom('loginThrottle').selectAll().where('key', '=', key).executeTakeFirst(),

    /**
     * Counts one more failure against `key` in a single statement and returns the new count and lock, so parallel
     * requests cannot all read the same count and each write it back plus one. A count starts again at 1 once the
     * window has passed or a lock has lifted; reaching `max` locks until `now + lockoutMs`.
     */
    countFailure: (key: string, now: number, limits: FailureLimits) =>
      db
        .insertInto('loginThrottle')
        .values({
          key,
          failures: 1,
          firstFailureAt: now,
          lockedUntil: limits.max <= 1 ? now + limits.lockoutMs : null,
        })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => {
            // Every right-hand side of the update reads the row as it was, so the new count is spelled out twice.
            const lockedUntil = eb.ref('loginThrottle.lockedUntil');
            const fresh = sql<boolean>`(${eb.ref('loginThrottle.firstFailureAt')} < ${now - limits.windowMs}
              or (${lockedUntil} is not null and ${lockedUntil} <= ${now}))`;
            const failures = sql<number>`case when ${fresh} then 1 else ${eb.ref('loginThrottle.failures')} + 1 end`;
            return {
              failures,
              firstFailureAt: sql<number>`case when ${fresh} then cast(${now} as bigint) else ${eb.ref('loginThrottle.firstFailureAt')} end`,
              lockedUntil: sql<number | null>`case when ${failures} >= ${limits.max}
                then cast(${now + limits.lockoutMs} as bigint) else null end`,
            };
          }),
        )
        .returning(['failures', 'lockedUntil'])
        .executeTakeFirstOrThrow(),

    clear: (key: string) => db.deleteFrom('loginThrottle').where('key', '=', key).execute(),
  };
}
