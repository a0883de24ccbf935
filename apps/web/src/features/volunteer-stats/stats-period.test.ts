import { describe, expect, it } from 'vitest';
import { periodKindOf, periodOf } from './stats-period.ts';

describe('periodOf', () => {
  const today = '2026-11-23';

  it('covers this year so far and the whole of last year', () => {
    expect(periodOf('thisYear', today)).toEqual({ from: '2026-01-01', to: '2026-11-23' });
    expect(periodOf('lastYear', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('takes a typed range, swapping ends typed the wrong way round', () => {
    expect(periodOf('custom', today, '2026-03-01', '2026-05-31')).toEqual({ from: '2026-03-01', to: '2026-05-31' });
    expect(periodOf('custom', today, '2026-05-31', '2026-03-01')).toEqual({ from: '2026-03-01', to: '2026-05-31' });
  });

  it('falls back to this year while the range is incomplete or malformed', () => {
    expect(periodOf('custom', today, '2026-03-01')).toEqual({ from: '2026-01-01', to: today });
    expect(periodOf('custom', today, '2026/03/01', '2026-05-31')).toEqual({ from: '2026-01-01', to: today });
  });
});

describe('periodKindOf', () => {
  it('reads the choice, this year by default', () => {
    expect(periodKindOf('lastYear')).toBe('lastYear');
    expect(periodKindOf('custom')).toBe('custom');
    expect(periodKindOf(null)).toBe('thisYear');
    expect(periodKindOf('decade')).toBe('thisYear');
  });
});
