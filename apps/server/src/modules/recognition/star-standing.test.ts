import { DEFAULT_STAR_THRESHOLDS } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { monthsRegisteredOf, nextThresholdAfter } from './star-standing.ts';

const SHANGHAI = 'Asia/Shanghai';

describe('monthsRegisteredOf', () => {
  it('counts from the calendar day of registration in the installation’s time zone', () => {
    // 2026-05-31 16:30 UTC is already 1 June in Shanghai: a full month on 1 July there, not on 30 June.
    const registeredAt = Date.UTC(2026, 4, 31, 16, 30);
    expect(monthsRegisteredOf(registeredAt, Date.UTC(2026, 5, 30, 15, 59), SHANGHAI)).toBe(0);
    expect(monthsRegisteredOf(registeredAt, Date.UTC(2026, 5, 30, 16, 0), SHANGHAI)).toBe(1);
    expect(monthsRegisteredOf(registeredAt, Date.UTC(2026, 5, 30, 16, 0), 'UTC')).toBe(0);
  });

  it('is zero on the day of registration and counts years in months', () => {
    const registeredAt = Date.UTC(2024, 10, 23, 2);
    expect(monthsRegisteredOf(registeredAt, registeredAt, SHANGHAI)).toBe(0);
    expect(monthsRegisteredOf(registeredAt, Date.UTC(2026, 10, 23, 2), SHANGHAI)).toBe(24);
  });
});

describe('nextThresholdAfter', () => {
  it('gives the level above, and null at the top', () => {
    expect(nextThresholdAfter(0, DEFAULT_STAR_THRESHOLDS)).toMatchObject({ level: 1, hours: 100 });
    expect(nextThresholdAfter(4, DEFAULT_STAR_THRESHOLDS)).toMatchObject({ level: 5, hours: 1500 });
    expect(nextThresholdAfter(5, DEFAULT_STAR_THRESHOLDS)).toBeNull();
    expect(nextThresholdAfter(1, DEFAULT_STAR_THRESHOLDS.slice(0, 1))).toBeNull();
  });
});
