import { expect, it } from 'vitest';
import { remainingMs } from './use-rotating-code.ts';

it('counts the time left on this device, whatever the server clock says', () => {
  // The server is 5 minutes ahead: only the span it gives (refreshAt - issuedAt) matters.
  const code = { issuedAt: 1_000_300_000, refreshAt: 1_000_320_000 };
  expect(remainingMs(code, 5_000, 5_000)).toBe(20_000);
  expect(remainingMs(code, 5_000, 17_000)).toBe(8_000);
  expect(remainingMs(code, 5_000, 40_000)).toBe(0);
});
