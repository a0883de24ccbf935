import { describe, expect, it } from 'vitest';
import { addDays, calendarDayOf, startOfCalendarDay } from './calendar.ts';

describe('calendar days in the installation time zone', () => {
  it('puts 23:30 UTC on the next day in Shanghai', () => {
    expect(calendarDayOf(Date.UTC(2026, 10, 22, 23, 30), 'Asia/Shanghai')).toBe('2026-11-23');
    expect(calendarDayOf(Date.UTC(2026, 10, 22, 15, 59), 'Asia/Shanghai')).toBe('2026-11-22');
  });

  it('starts a Shanghai day at 16:00 UTC the day before', () => {
    expect(startOfCalendarDay('2026-11-23', 'Asia/Shanghai')).toBe(Date.UTC(2026, 10, 22, 16, 0));
    expect(startOfCalendarDay('2026-03-08', 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 5, 0));
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
