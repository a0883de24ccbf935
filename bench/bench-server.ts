// A server for benchmarks, in its own process so the load generator does not share its event loop.
// Prints `{"port":…}` on its first line once listening; ends when its parent closes stdin.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config/config.ts';
import { createDb } from '../apps/server/src/db/create-db.ts';
import { migrateToLatest } from '../apps/server/src/db/migrator.ts';
import { resolveMasterKey } from '../apps/server/src/secrets/master-key.ts';
import { seedCheckins } from './seed-checkin.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-bench-'));
const config = { ...loadConfig({ LIANDONG_DATA_DIR: dataDir }), logLevel: 'silent' as const };
// The key file lands in the throwaway data dir removed below, so the "back it up" warning would only be noise.
config.masterKey = resolveMasterKey({ env: process.env, dataDir, log: () => {} });
// As `liandong serve` opens it: WAL checkpoints in a background thread.
const db = createDb(config.database, { backgroundCheckpoints: true });
await migrateToLatest(db);
// A benchmark that needs data seeds it here, before the server takes requests.
if (process.env.BENCH_SEED === 'checkin') await seedCheckins(db, Date.now());
const app = await buildApp({ db, config });
await app.listen({ port: 0, host: '127.0.0.1' });
console.log(JSON.stringify({ port: (app.server.address() as { port: number }).port }));

process.stdin.resume();
process.stdin.on('end', async () => {
  await app.close();
  await db.destroy();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
