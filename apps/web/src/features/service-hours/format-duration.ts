import type { TFunction } from 'i18next';

/** Minutes as whole hours and the minutes left over: 193 → { hours: 3, minutes: 13 }. Negative keeps its sign. */
export function splitMinutes(total: number): { sign: '' | '-'; hours: number; minutes: number } {
  const abs = Math.abs(Math.round(total));
  return { sign: total < 0 ? '-' : '', hours: Math.floor(abs / 60), minutes: abs % 60 };
}

/** Raw minutes as people say them: "3小时13分", "2小时", "45分钟" (in English "3 h 13 min"). */
export function formatDuration(t: TFunction, total: number): string {
  const { sign, hours, minutes } = splitMinutes(total);
  if (hours === 0) return `${sign}${t('serviceHours.duration.minutes', { minutes })}`;
  if (minutes === 0) return `${sign}${t('serviceHours.duration.hours', { hours })}`;
  return `${sign}${t('serviceHours.duration.hoursMinutes', { hours, minutes })}`;
}
