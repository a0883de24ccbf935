import { weekOf } from '../activities/shanghai-time.ts';

export const DATE_CHIPS = ['today', 'week', 'all'] as const;
export type DateChip = (typeof DATE_CHIPS)[number];

/** The open-shift query for a date chip: 今天, the rest of this week (to Sunday), or everything ahead. */
export function dateRangeOf(chip: DateChip, today: string): { from?: string; to?: string } {
  if (chip === 'today') return { from: today, to: today };
  if (chip === 'week') return { from: today, to: weekOf(today).to };
  return {};
}

/** `near` as the API takes it: "lat,lng" with at most 6 decimals (about 10 cm). */
export function nearOf(location: { latitude: number; longitude: number }): string {
  const round = (value: number) => String(Math.round(value * 1e6) / 1e6);
  return `${round(location.latitude)},${round(location.longitude)}`;
}
