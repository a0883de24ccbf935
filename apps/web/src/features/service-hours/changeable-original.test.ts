import type { HoursEntry, HoursEntryDetail } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { changeableOriginal } from './changeable-original.ts';

const base = { kind: 'original', status: 'approved', creditedHundredths: 300 } as const;
const entry = (id: string, over: Partial<HoursEntry> = {}) => ({ ...base, id, ...over }) as HoursEntry;
const detail = (...chain: HoursEntry[]): HoursEntryDetail => ({
  entry: chain[0]!,
  chain,
  net: { approvedHundredths: 0, pendingHundredths: 0 },
});

describe('changeableOriginal', () => {
  it('allows correcting an approved original, also after approved or declined corrections', () => {
    expect(changeableOriginal(detail(entry('a')))).toBe(true);
    expect(
      changeableOriginal(
        detail(
          entry('a'),
          entry('b', { kind: 'correction', creditedHundredths: -50 }),
          entry('c', { kind: 'void', status: 'declined' }),
        ),
      ),
    ).toBe(true);
  });

  it('refuses an original still pending or declined', () => {
    expect(changeableOriginal(detail(entry('a', { status: 'pending' })))).toBe(false);
    expect(changeableOriginal(detail(entry('a', { status: 'declined' })))).toBe(false);
  });

  it('refuses while a change waits for a decision, and once voided', () => {
    expect(changeableOriginal(detail(entry('a'), entry('b', { kind: 'correction', status: 'pending' })))).toBe(false);
    expect(changeableOriginal(detail(entry('a'), entry('b', { kind: 'void' })))).toBe(false);
  });

  it('refuses a chain that does not start with an original', () => {
    expect(changeableOriginal(detail(entry('b', { kind: 'correction' })))).toBe(false);
    expect(changeableOriginal({ ...detail(entry('a')), chain: [] })).toBe(false);
  });
});
