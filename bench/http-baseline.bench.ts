import { runLoad } from './http-load.ts';
import { startBenchServer } from './start-bench-server.ts';

/**
 * The floor every HTTP benchmark is compared with: an authenticated read (session lookup, CSRF-free GET) on SQLite,
 * 200 concurrent loopback clients. Later benchmarks report their ratio to this figure, measured in the same run.
 */
export async function httpBaseline() {
  const server = await startBenchServer();
  const base = `http://127.0.0.1:${server.port}`;
  try {
    const status = await fetch(`${base}/api/setup/status`);
    const csrf = /ld_csrf=([^;]+)/.exec(status.headers.get('set-cookie') ?? '')![1]!;
    const headers = { cookie: `ld_csrf=${csrf}`, 'x-csrf-token': csrf, 'content-type': 'application/json' };
    const credentials = { username: 'bench', password: 'Loopback2026load' };
    const setup = await fetch(`${base}/api/setup`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        admin: { ...credentials, displayName: '压测' },
        organization: { name: '压测机构', kind: 'other' },
      }),
    });
    if (setup.status !== 201) throw new Error(`setup failed: ${setup.status}`);
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers, body: JSON.stringify(credentials) });
    const session = /ld_session=([^;]+)/.exec(login.headers.getSetCookie().join('; '))![1]!;
    const result = await runLoad({
      port: server.port,
      concurrency: 200,
      durationMs: 5_000,
      request: () => ({ method: 'GET', path: '/api/auth/session', headers: { cookie: `ld_session=${session}` } }),
    });
    return {
      name: 'http.authenticated_read',
      rate_per_s: result.ratePerS,
      p50_ms: result.p50Ms,
      p99_ms: result.p99Ms,
      errors: result.errors,
    };
  } finally {
    await server.stop();
  }
}
