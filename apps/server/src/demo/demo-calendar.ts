import { parseCalendarDate } from '@liandong/domain';
import { addDays, calendarDayOf, startOfCalendarDay } from '../lib/calendar.ts';

/** The demo lives in 温岭, so its days and times of day are Shanghai's whatever the installation is set to. */
export const DEMO_TIME_ZONE = 'Asia/Shanghai';

/**
 * Days and instants relative to the server's "now" (read from the server, so a test's fixed clock and a real run
 * place the same records alike): day 0 is today, -14 two weeks ago.
 */
export class DemoCalendar {
  readonly today: string;

  constructor(readonly now: number) {
    this.today = calendarDayOf(now, DEMO_TIME_ZONE);
  }

  /** 'YYYY-MM-DD' `offset` days from today. */
  day(offset: number): string {
    return addDays(this.today, offset);
  }

  /** The instant of 'HH:MM' on the day `offset` days from today. */
  at(offset: number, time: string): number {
    const [hours, minutes] = time.split(':').map(Number) as [number, number];
    return startOfCalendarDay(this.day(offset), DEMO_TIME_ZONE) + (hours * 60 + minutes) * 60_000;
  }

  /** The birth date of someone who is `years` old today and had the birthday `daysSinceBirthday` days ago. */
  birthDateForAge(years: number, daysSinceBirthday: number): string {
    const [year, month, date] = this.day(-daysSinceBirthday).split('-') as [string, string, string];
    const day = `${Number(year) - years}-${month}-${date}`;
    // 29 February of a leap year has no twin in an ordinary one: take the day before.
    return parseCalendarDate(day) ? day : `${Number(year) - years}-${month}-28`;
  }
}
