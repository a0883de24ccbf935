import { describe, expect, it } from 'vitest';
import { dateRangeOf, nearOf } from './open-shift-filters.ts';

describe('open shift filters', () => {
  it('turn the date chips into calendar days', () => {
    // 2026-11-26 is a Thursday; its week ends on Sunday the 29th.
    expect(dateRangeOf('today', '2026-11-26')).toEqual({ from: '2026-11-26', to: '2026-11-26' });
    expect(dateRangeOf('week', '2026-11-26')).toEqual({ from: '2026-11-26', to: '2026-11-29' });
    expect(dateRangeOf('week', '2026-11-29')).toEqual({ from: '2026-11-29', to: '2026-11-29' });
    expect(dateRangeOf('all', '2026-11-26')).toEqual({});
  });

  it('send the location as the API pattern wants it', () => {
    const near = nearOf({ latitude: 28.371812345678, longitude: -121.3 });
    expect(near).toBe('28.371812,-121.3');
    expect(near).toMatch(/^-?\d{1,3}(\.\d{1,10})?,-?\d{1,3}(\.\d{1,10})?$/);
  });
});
