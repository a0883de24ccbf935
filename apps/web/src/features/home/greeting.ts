export type DayPart = 'morning' | 'noon' | 'afternoon' | 'evening';

/** 早上好 / 中午好 / 下午好 / 晚上好 by the hour of the user's own clock. */
export function dayPartOf(hour: number): DayPart {
  if (hour >= 5 && hour < 11) return 'morning';
  if (hour >= 11 && hour < 13) return 'noon';
  if (hour >= 13 && hour < 18) return 'afternoon';
  return 'evening';
}
