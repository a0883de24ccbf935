import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, shanghaiDayBounds } from './format-time.ts';

describe('Beijing time', () => {
  it('formats an instant as YYYY-MM-DD HH:mm:ss in UTC+8', () => {
    expect(formatDateTime(Date.UTC(2026, 0, 31, 16, 5, 9))).toBe('2026-02-01 00:05:09');
    expect(formatDateTime(Date.UTC(2026, 5, 1, 3, 0, 0))).toBe('2026-06-01 11:00:00');
    expect(formatDate(Date.UTC(2026, 11, 31, 20, 0, 0))).toBe('2027-01-01');
  });

  it('bounds a calendar day from its first to its last millisecond', () => {
    const { start, end } = shanghaiDayBounds(2026, 1, 1);
    expect(formatDateTime(start)).toBe('2026-02-01 00:00:00');
    expect(formatDateTime(end)).toBe('2026-02-01 23:59:59');
    expect(formatDateTime(end + 1)).toBe('2026-02-02 00:00:00');
  });
});
