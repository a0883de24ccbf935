import { randomBytes } from 'node:crypto';

/**
 * Random bytes drawn from the CSPRNG a block at a time: one call for many small needs (IVs, ids), as one call each
 * cost more than the work they served in a 100,000-row import. Every byte is handed out once; each piece is a copy,
 * so no caller holds a view into the block that later pieces are cut from.
 */
export function createRandomPool(blockBytes: number) {
  let block = Buffer.alloc(0);
  let offset = 0;
  return function take(bytes: number): Buffer {
    if (offset + bytes > block.length) {
      block = randomBytes(Math.max(blockBytes, bytes));
      offset = 0;
    }
    const piece = Buffer.from(block.subarray(offset, offset + bytes));
    offset += bytes;
    return piece;
  };
}
