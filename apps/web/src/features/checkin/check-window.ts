import { ApiError } from '../../lib/api.ts';

/** When check-in opens and closes, as a `checkin.window_closed` refusal states it; null for any other error. */
export function windowOfRefusal(error: unknown): { opensAt: number; closesAt: number } | null {
  if (!(error instanceof ApiError) || error.code !== 'checkin.window_closed') return null;
  const details = error.details as { opensAt?: unknown; closesAt?: unknown } | undefined;
  return typeof details?.opensAt === 'number' && typeof details.closesAt === 'number'
    ? { opensAt: details.opensAt, closesAt: details.closesAt }
    : null;
}

/** Whether trying the same request again may help: the connection dropped, or the server failed. */
export const isRetryable = (error: unknown) => error instanceof ApiError && (error.status === 0 || error.status >= 500);
