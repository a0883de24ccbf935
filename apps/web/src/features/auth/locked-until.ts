/**
 * When an `auth.locked` answer says the lock lifts, worded for the user: the time alone today, date and time otherwise.
 * Null when the details carry no usable instant.
 */
export function lockedUntilText(details: unknown, language: string, now = Date.now()): string | null {
  const until = (details as { lockedUntil?: unknown } | null | undefined)?.lockedUntil;
  if (typeof until !== 'number' || !Number.isFinite(until) || until <= now) return null;
  const at = new Date(until);
  const sameDay = new Date(now).toDateString() === at.toDateString();
  return new Intl.DateTimeFormat(language, {
    ...(sameDay ? {} : { month: 'numeric', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(at);
}
