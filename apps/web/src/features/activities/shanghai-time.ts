import { formatDate, formatDateTime } from '../../lib/format-time.ts';

// China keeps one offset (UTC+8) all year; activities happen in the installation's time zone whatever the browser's.
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** An instant as the value of an `<input type="datetime-local">` in Beijing time: "YYYY-MM-DDTHH:mm". */
export function toDateTimeInput(ms: number): string {
  return formatDateTime(ms).slice(0, 16).replace(' ', 'T');
}

/** The instant a "YYYY-MM-DDTHH:mm" wall-clock time in Beijing stands for; null for anything else. */
export function fromDateTimeInput(text: string | null | undefined): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(text?.trim() ?? '');
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const ms = Date.UTC(year, month - 1, day, hour, minute) - OFFSET_MS;
  // Date.UTC rolls 2026-02-30 over into March: a day that does not exist is no time at all.
  return toDateTimeInput(ms) === `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}` ? ms : null;
}

/** Today's calendar day in Beijing, "YYYY-MM-DD". */
export function todayInShanghai(now: number = Date.now()): string {
  return formatDate(now);
}

/** A calendar day `days` after (or before) `day`, both "YYYY-MM-DD". */
export function addCalendarDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday to Sunday week holding `day` ("YYYY-MM-DD"), as its first and last day. */
export function weekOf(day: string): { from: string; to: string } {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  const fromMonday = (weekday + 6) % 7;
  const from = addCalendarDays(day, -fromMonday);
  return { from, to: addCalendarDays(from, 6) };
}

/** "HH:mm" in Beijing time. */
export function formatClock(ms: number): string {
  return formatDateTime(ms).slice(11, 16);
}

/**
 * A span of time as people read it: "2026-11-28 09:00–12:00" on one day, "2026-11-28 09:00 – 11-29 12:00" across
 * days (the year is repeated only when it changes).
 */
export function formatTimeRange(startsAt: number, endsAt: number): string {
  const start = formatDateTime(startsAt);
  const end = formatDateTime(endsAt);
  if (start.slice(0, 10) === end.slice(0, 10)) return `${start.slice(0, 16)}–${end.slice(11, 16)}`;
  const endText = start.slice(0, 4) === end.slice(0, 4) ? end.slice(5, 16) : end.slice(0, 16);
  return `${start.slice(0, 16)} – ${endText}`;
}

/** The weekday of an instant in Beijing, 0 Sunday to 6 Saturday (as Date#getDay), for a "周六" label. */
export function weekdayOf(ms: number): number {
  return new Date(ms + OFFSET_MS).getUTCDay();
}
