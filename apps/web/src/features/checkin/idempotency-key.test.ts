import { describe, expect, it } from 'vitest';
import { newIdempotencyKey } from './idempotency-key.ts';

const ACCEPTED = /^[A-Za-z0-9_-]{8,64}$/;

describe('idempotency keys', () => {
  it('are accepted by the API and differ every time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(ACCEPTED);
  });

  it('still come on a plain-http page without randomUUID', () => {
    const insecure: Pick<Crypto, 'getRandomValues'> = { getRandomValues: (array) => crypto.getRandomValues(array) };
    const key = newIdempotencyKey(insecure);
    expect(key).toMatch(ACCEPTED);
    expect(key).toHaveLength(32);
    expect(newIdempotencyKey(insecure)).not.toBe(key);
  });
});
