import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  formatClock,
  formatTimeRange,
  fromDateTimeInput,
  toDateTimeInput,
  todayInShanghai,
  weekdayOf,
  weekOf,
} from './shanghai-time.ts';

// 2026-11-28 09:00 in Beijing is 01:00 UTC.
const SATURDAY_9 = Date.UTC(2026, 10, 28, 1, 0);

describe('datetime-local values in Beijing time', () => {
  it('round-trips an instant whatever the browser zone', () => {
    expect(toDateTimeInput(SATURDAY_9)).toBe('2026-11-28T09:00');
    expect(fromDateTimeInput('2026-11-28T09:00')).toBe(SATURDAY_9);
    expect(fromDateTimeInput('2026-11-28 09:00')).toBe(SATURDAY_9);
  });

  it('crosses midnight correctly', () => {
    // 2026-12-31 23:30 UTC is already 2027-01-01 07:30 in Beijing.
    expect(toDateTimeInput(Date.UTC(2026, 11, 31, 23, 30))).toBe('2027-01-01T07:30');
  });

  it('rejects text that is no time, and days that do not exist', () => {
    for (const bad of ['', '2026-11-28', '2026-11-28T9:00', '2026-02-30T10:00', '2026-11-28T24:00', undefined, null])
      expect(fromDateTimeInput(bad)).toBeNull();
  });
});

describe('calendar days', () => {
  it("takes today's day in Beijing, not UTC", () => {
    expect(todayInShanghai(Date.UTC(2026, 10, 27, 17, 0))).toBe('2026-11-28');
    expect(todayInShanghai(Date.UTC(2026, 10, 27, 15, 59))).toBe('2026-11-27');
  });

  it('adds days across months and years', () => {
    expect(addCalendarDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('finds the Monday-to-Sunday week of a day', () => {
    expect(weekOf('2026-11-28')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(weekOf('2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(weekOf('2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
  });
});

describe('time ranges', () => {
  it('shows one day once', () => {
    expect(formatTimeRange(SATURDAY_9, SATURDAY_9 + 3 * 3_600_000)).toBe('2026-11-28 09:00–12:00');
  });

  it('names the second day when a range crosses midnight, and the year only when it changes', () => {
    expect(formatTimeRange(SATURDAY_9, SATURDAY_9 + 26 * 3_600_000)).toBe('2026-11-28 09:00 – 11-29 11:00');
    const newYearsEve = Date.UTC(2026, 11, 31, 12, 0);
    expect(formatTimeRange(newYearsEve, newYearsEve + 14 * 3_600_000)).toBe('2026-12-31 20:00 – 2027-01-01 10:00');
  });

  it('gives the clock time and weekday in Beijing', () => {
    expect(formatClock(SATURDAY_9)).toBe('09:00');
    expect(weekdayOf(SATURDAY_9)).toBe(6);
    // 23:30 UTC on Saturday is already Sunday morning in Beijing.
    expect(weekdayOf(Date.UTC(2026, 10, 28, 23, 30))).toBe(0);
  });
});
