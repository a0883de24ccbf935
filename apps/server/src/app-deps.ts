import type { Config } from './config/config.ts';
import type { Db } from './db/create-db.ts';
import type { Clock } from './lib/clock.ts';

/** What buildApp hands to every module: passed in, never imported, so tests and the CLI build the app alike. */
export interface AppDeps {
  db: Db;
  config: Config;
  clock: Clock;
}
