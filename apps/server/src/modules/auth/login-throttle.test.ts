import { beforeAll, expect, it } from 'vitest';
import { ADMIN, setUpInstallation } from '../../../test/factories.ts';
import { describeEachDialect } from '../../../test/test-app.ts';
import { json, TestClient } from '../../../test/test-client.ts';

const CREDENTIALS = { username: ADMIN.username, password: ADMIN.password };

describeEachDialect('sign-in throttle under parallel guessing', (t) => {
  beforeAll(async () => {
    await setUpInstallation(t.app);
  });

  it('verifies no more guesses than the limit when they all arrive at once, then stays locked', async () => {
    const client = new TestClient(t.app);
    await client.get('/api/setup/status');
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        client.post('/api/auth/login', { username: ADMIN.username, password: `wrong-guess-${i}` }),
      ),
    );
    const codes = responses.map((response) => json(response).code);
    expect(codes.filter((code) => code === 'auth.invalid_credentials')).toHaveLength(5);
    expect(codes.filter((code) => code === 'auth.locked')).toHaveLength(7);
    const right = await client.post('/api/auth/login', CREDENTIALS);
    expect(json(right).code).toBe('auth.locked');
    t.clock.advance(16 * 60_000);
    expect((await client.post('/api/auth/login', CREDENTIALS)).statusCode).toBe(200);
  });
});
