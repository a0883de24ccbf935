import { describe, expect, it } from 'vitest';
import { addWorkingDays } from './working-days.ts';

describe('addWorkingDays', () => {
  it('counts five working days from a Monday to the Monday after', () => {
    expect(addWorkingDays('2026-11-23', 5)).toBe('2026-11-30');
  });

  it('skips the weekend from a Friday, ending on the next Friday', () => {
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-27', 5)).toBe('2026-12-04');
  });

  it('starts counting on Monday when publicity begins at a weekend', () => {
    expect(addWorkingDays('2026-11-28', 1)).toBe('2026-11-30');
    expect(addWorkingDays('2026-11-29', 2)).toBe('2026-12-01');
  });

  it('crosses months and years', () => {
    expect(addWorkingDays('2026-12-30', 3)).toBe('2027-01-04');
    expect(addWorkingDays('2028-02-28', 2)).toBe('2028-03-01');
  });

  it('gives the day itself for zero days', () => {
    expect(addWorkingDays('2026-11-28', 0)).toBe('2026-11-28');
  });
});
