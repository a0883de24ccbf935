import { beforeAll, expect, it } from 'vitest';
import { ADMIN, setUpInstallation } from './factories.ts';
import { describeEachDialect } from './test-app.ts';
import { TestClient } from './test-client.ts';

const CREDENTIALS = { username: ADMIN.username, password: ADMIN.password };

describeEachDialect('session cookies', (t) => {
  beforeAll(async () => {
    await setUpInstallation(t.app);
  });

  const signInCookies = async (remoteAddress: string, headers: Record<string, string>) => {
    const client = new TestClient(t.app, { remoteAddress });
    const response = await client.request('POST', '/api/auth/login', CREDENTIALS, headers);
    expect(response.statusCode, response.body).toBe(200);
    return Object.fromEntries(response.cookies.map((cookie) => [cookie.name, cookie]));
  };

  it('keeps the session cookie from scripts and cross-site requests', async () => {
    const { ld_session: session, ld_csrf: csrf } = await signInCookies('127.0.0.1', {});
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session!.secure).toBeFalsy();
    // The page must read the CSRF token to echo it, so that cookie alone is readable.
    expect(csrf!.httpOnly).toBeFalsy();
  });

  it('marks cookies Secure when HTTPS reaches the server through a trusted proxy', async () => {
    const { ld_session: session, ld_csrf: csrf } = await signInCookies('127.0.0.1', { 'x-forwarded-proto': 'https' });
    expect(session!.secure).toBe(true);
    expect(csrf!.secure).toBe(true);
  });

  it('ignores a forwarded protocol claimed by a client that is not a trusted proxy', async () => {
    const { ld_session: session } = await signInCookies('203.0.113.9', { 'x-forwarded-proto': 'https' });
    expect(session!.secure).toBeFalsy();
  });
});
