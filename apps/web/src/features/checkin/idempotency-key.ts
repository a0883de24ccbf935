/**
 * A fresh key for one check-in or check-out attempt (the API takes 8–64 of A–Z, a–z, 0–9, _ and -). Reusing it on a
 * retry makes the retry harmless. `crypto.randomUUID` exists only on https pages and localhost; a server reached over
 * plain http on the local network still has `crypto.getRandomValues`, which gives the same 122 random bits.
 */
export function newIdempotencyKey(
  source: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto,
): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
