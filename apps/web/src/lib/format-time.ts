// The installation's time zone; China has kept one offset (UTC+8, no daylight saving) since 1991.
const TIME_ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 60 * 60 * 1000;

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant as "YYYY-MM-DD HH:mm:ss" in Beijing time, whatever the browser's own zone. */
export function formatDateTime(ms: number): string {
  const parts = Object.fromEntries(formatter.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** An instant as "YYYY-MM-DD" in Beijing time. */
export function formatDate(ms: number): string {
  return formatDateTime(ms).slice(0, 10);
}

/** The first and last millisecond of a calendar day in Beijing time (month is 0-based, as in Date). */
export function shanghaiDayBounds(year: number, month: number, day: number): { start: number; end: number } {
  const start = Date.UTC(year, month, day) - OFFSET_MS;
  return { start, end: start + 24 * 60 * 60 * 1000 - 1 };
}
