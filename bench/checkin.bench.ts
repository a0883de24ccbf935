import { randomBytes } from 'node:crypto';
import { issueShiftToken } from '../apps/server/src/modules/participations/checkin-tokens.ts';
import { createKeys } from '../apps/server/src/secrets/keys.ts';
import { runLoad } from './http-load.ts';
import { benchCsrf, benchId, benchSessionToken, CHECKIN_SEED } from './seed-checkin.ts';
import { startBenchServer } from './start-bench-server.ts';

const CLIENTS = 200;
const OPEN_LOOP_RATE = 2000;
// Long enough for a p99 to be about the 1% of slowest requests, not about whether one collection or disk stall of
// the shared machine happened to fall within the window: at 2,000/s a single 50 ms pause alone delays about 100
// requests, which over 3 s (6,000 requests) was the whole 1%.
const OPEN_LOOP_MS = 6_000;

/**
 * Check-ins over HTTP on SQLite, as at a large event's gate: every request is a different signed-in volunteer
 * scanning their shift's rotating code (session lookup, CSRF, token check, one write transaction with the audit event).
 * Beside it, in the same run, the bare authenticated no-op GET /api/auth/ping. Closed loop with 200 clients gives
 * the throughput; an open loop at a steady 2,000/s gives the latency a volunteer sees at that pace, and one at half
 * the measured throughput the latency below saturation.
 */
export async function checkinBench() {
  const masterKey = randomBytes(32);
  const server = await startBenchServer({
    BENCH_SEED: 'checkin',
    LIANDONG_MASTER_KEY: masterKey.toString('base64'),
  });
  try {
    const keys = createKeys(masterKey);
    const tokens = Array.from(
      { length: CHECKIN_SEED.shifts },
      (_, shift) => issueShiftToken(keys, benchId(1, shift), Date.now()).token,
    );
    const total = CHECKIN_SEED.shifts * CHECKIN_SEED.perShift;
    const headersOf = (volunteer: number) => ({
      cookie: `ld_session=${benchSessionToken(volunteer)}`,
      'x-csrf-token': benchCsrf(volunteer),
      'content-type': 'application/json',
    });
    let next = 1;
    const checkIn = () => {
      const volunteer = next++;
      if (volunteer > total) throw new Error('the seed ran out of volunteers; raise CHECKIN_SEED');
      const shift = Math.floor((volunteer - 1) / CHECKIN_SEED.perShift);
      return {
        method: 'POST',
        path: '/api/checkin',
        headers: headersOf(volunteer),
        body: JSON.stringify({
          token: tokens[shift],
          kind: 'in',
          idempotencyKey: `bench-${volunteer}-in`,
          location: { latitude: 28.3701, longitude: 121.3802, accuracyM: 20 },
        }),
      };
    };

    const baseline = await runLoad({
      port: server.port,
      concurrency: CLIENTS,
      durationMs: 4_000,
      request: (index) => ({ method: 'GET', path: '/api/auth/ping', headers: headersOf((index % total) + 1) }),
    });
    const closed = await runLoad({ port: server.port, concurrency: CLIENTS, durationMs: 4_000, request: checkIn });
    const open = await runLoad({
      port: server.port,
      concurrency: CLIENTS,
      durationMs: OPEN_LOOP_MS,
      ratePerS: OPEN_LOOP_RATE,
      request: checkIn,
    });
    // Beyond its capacity any server's queue grows without end; at half of it, the latency of a busy gate.
    const halfRate = Math.max(1, Math.round(closed.ratePerS / 2));
    const half = await runLoad({
      port: server.port,
      concurrency: CLIENTS,
      durationMs: OPEN_LOOP_MS,
      ratePerS: halfRate,
      request: checkIn,
    });
    return {
      name: 'checkin.http',
      rate_per_s: closed.ratePerS,
      p99_ms: open.p99Ms,
      p50_ms: open.p50Ms,
      open_loop_rate_per_s: OPEN_LOOP_RATE,
      closed_loop_p99_ms: closed.p99Ms,
      half_capacity_rate_per_s: halfRate,
      half_capacity_p50_ms: half.p50Ms,
      half_capacity_p99_ms: half.p99Ms,
      baseline_noop_rate_per_s: baseline.ratePerS,
      baseline_noop_p99_ms: baseline.p99Ms,
      ratio_to_noop: Number((closed.ratePerS / baseline.ratePerS).toFixed(2)),
      errors: closed.errors + open.errors + half.errors + baseline.errors,
    };
  } finally {
    await server.stop();
  }
}
