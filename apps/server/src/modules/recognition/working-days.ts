import { addDays } from '../../lib/calendar.ts';

const isWeekend = (day: string) => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/**
 * The calendar day `days` working days after `day` (both 'YYYY-MM-DD'): Saturdays and Sundays are skipped, so five
 * working days from a Friday end on the next Friday; zero days is `day` itself. Public holidays and the weekend
 * days worked in their place (调休) are not known here and count as ordinary days.
 */
export function addWorkingDays(day: string, days: number): string {
  let current = day;
  let left = days;
  while (left > 0) {
    current = addDays(current, 1);
    if (!isWeekend(current)) left -= 1;
  }
  return current;
}
