import type { Config } from './config/config.ts';
import type { Db } from './db/create-db.ts';
import type { Clock } from './lib/clock.ts';
import type { Keys } from './secrets/keys.ts';

/** What buildApp hands to every module: passed in, never imported, so tests and the CLI build the app alike. */
export interface AppDeps {
  db: Db;
  config: Config;
  clock: Clock;
  /** Field encryption, lookup hashes and signed tokens, all from the master key. */
  keys: Keys;
}
