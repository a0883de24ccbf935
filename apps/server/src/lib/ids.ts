import { v7 } from 'uuid';
import { createRandomPool } from './random-pool.ts';

const randomBytes = createRandomPool(16 * 1024);
// The millisecond and the 31-bit counter of the last id, as uuid keeps them when it draws its own randomness.
const last = { msecs: Number.NEGATIVE_INFINITY, seq: 0 };

/**
 * UUIDv7: time-ordered, so new rows append to indexes instead of scattering, and ids made later sort later, also
 * within one millisecond (a counter that starts at a random value each millisecond). uuid's own randomness costs a
 * crypto.getRandomValues call per id, more than the rest of an insert; the bytes come from a pool instead.
 */
export function newId(): string {
  const random = randomBytes(16);
  const now = Date.now();
  if (now > last.msecs) {
    last.msecs = now;
    last.seq = random.readUInt32BE(6) & 0x7fffffff;
  } else {
    last.seq = (last.seq + 1) | 0;
    // The counter ran out within one millisecond: borrow the next one, as uuid does.
    if (last.seq === 0) last.msecs++;
  }
  return v7({ random, msecs: last.msecs, seq: last.seq });
}
