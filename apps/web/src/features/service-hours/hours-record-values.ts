import type { HoursRecordCreate } from '@liandong/domain';
import { fromDateTimeInput } from '../activities/shanghai-time.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The coordinator's record form: the length as minutes, or as start and end clock times on the service day. */
export interface HoursRecordValues {
  volunteerId: string;
  activityId?: string | null;
  serviceDate: string;
  mode: 'minutes' | 'span';
  rawMinutes?: number | null;
  startTime?: string;
  endTime?: string;
  content: string;
  place?: string;
}

/**
 * The start and end instants of "09:00–12:30" on a day in Beijing time; an end at or before the start is taken as
 * the next morning (a night shift), so "22:00–02:00" lasts four hours. Null when a time is missing or malformed.
 */
export function spanOf(
  day: string,
  startTime?: string,
  endTime?: string,
): { startedAt: number; endedAt: number } | null {
  if (!startTime || !endTime) return null;
  const startedAt = fromDateTimeInput(`${day}T${startTime}`);
  const end = fromDateTimeInput(`${day}T${endTime}`);
  if (startedAt === null || end === null) return null;
  return { startedAt, endedAt: end <= startedAt ? end + DAY_MS : end };
}

/** The minutes the form describes (for the live "= 3小时13分" hint), or null while incomplete. */
export function minutesOf(values: Partial<HoursRecordValues>): number | null {
  if (values.mode === 'span') {
    const span = values.serviceDate ? spanOf(values.serviceDate, values.startTime, values.endTime) : null;
    return span ? Math.floor((span.endedAt - span.startedAt) / 60_000) : null;
  }
  return values.rawMinutes ?? null;
}

/** The request body for `POST /api/service-hours`: minutes or the span, never both. */
export function recordBodyOf(values: HoursRecordValues): HoursRecordCreate {
  const span = values.mode === 'span' ? spanOf(values.serviceDate, values.startTime, values.endTime) : null;
  return {
    volunteerId: values.volunteerId,
    activityId: values.activityId ?? null,
    serviceDate: values.serviceDate,
    ...(span ? span : { rawMinutes: values.rawMinutes ?? undefined }),
    content: values.content.trim(),
    place: values.place?.trim() || null,
  };
}
