import { beforeAll, expect, it } from 'vitest';
import { ADMIN, setUpInstallation } from './factories.ts';
import { describeEachDialect } from './test-app.ts';
import { TestClient } from './test-client.ts';

const CREDENTIALS = { username: ADMIN.username, password: ADMIN.password };

describeEachDialect('the address a request came from', (t) => {
  beforeAll(async () => {
    await setUpInstallation(t.app);
  });

  const lastSignInAddress = async () =>
    (
      await t.db
        .selectFrom('auditEvents')
        .select('ip')
        .where('action', '=', 'auth.login')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow()
    ).ip;

  const signInVia = async (remoteAddress: string, forwardedFor: string) => {
    const client = new TestClient(t.app, { remoteAddress });
    const response = await client.request('POST', '/api/auth/login', CREDENTIALS, { 'x-forwarded-for': forwardedFor });
    expect(response.statusCode, response.body).toBe(200);
  };

  it('is the connecting peer when a remote client forges X-Forwarded-For', async () => {
    await signInVia('203.0.113.7', '198.51.100.1');
    expect(await lastSignInAddress()).toBe('203.0.113.7');
  });

  it('is the forwarded client when the peer is a reverse proxy on this machine', async () => {
    await signInVia('127.0.0.1', '198.51.100.2');
    expect(await lastSignInAddress()).toBe('198.51.100.2');
  });
});
