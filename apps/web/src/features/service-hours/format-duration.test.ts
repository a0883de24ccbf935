import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatDuration, splitMinutes } from './format-duration.ts';

const WORDS: Record<string, string> = {
  'serviceHours.duration.hoursMinutes': '{{hours}} 小时 {{minutes}} 分',
  'serviceHours.duration.hours': '{{hours}} 小时',
  'serviceHours.duration.minutes': '{{minutes}} 分钟',
};
const t = ((key: string, values: Record<string, number>) =>
  (WORDS[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]))) as unknown as TFunction;

describe('formatDuration', () => {
  it('words hours and minutes as a coordinator reads them', () => {
    expect(formatDuration(t, 193)).toBe('3 小时 13 分');
    expect(formatDuration(t, 120)).toBe('2 小时');
    expect(formatDuration(t, 45)).toBe('45 分钟');
    expect(formatDuration(t, 0)).toBe('0 分钟');
  });

  it('keeps the sign of a correction that takes minutes away', () => {
    expect(formatDuration(t, -75)).toBe('-1 小时 15 分');
    expect(splitMinutes(-30)).toEqual({ sign: '-', hours: 0, minutes: 30 });
  });
});
