import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../lib/api.ts';
import type { CheckinToken } from './checkin-types.ts';

/** The server issues a new code every 30 s; the countdown is drawn against that. */
const CODE_PERIOD_MS = 30_000;

/** How long the current code still shows, counted on this device from when it arrived (clocks may disagree). */
export function remainingMs(code: Pick<CheckinToken, 'issuedAt' | 'refreshAt'>, receivedAt: number, now: number) {
  return Math.max(0, code.refreshAt - code.issuedAt - (now - receivedAt));
}

/**
 * The shift's rotating check-in code, fetched again when the server says the next one is due (about every 30 s),
 * with the share of the current period still left (1 → 0) for the countdown.
 */
export function useRotatingCode(shiftId: string) {
  const code = useQuery({
    queryKey: ['shifts', shiftId, 'checkin-code'],
    queryFn: async () => ({
      code: await api.get<CheckinToken>(`/api/shifts/${shiftId}/checkin-code`),
      receivedAt: Date.now(),
    }),
    refetchInterval: (query) => {
      const data = query.state.data;
      return data ? Math.max(1000, remainingMs(data.code, data.receivedAt, Date.now()) + 200) : false;
    },
    // A tablet that slept shows a fresh code the moment it wakes.
    refetchOnWindowFocus: 'always',
    staleTime: 0,
  });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const data = code.data;
  const left = data ? remainingMs(data.code, data.receivedAt, now) : 0;
  return { query: code, code: data?.code, left, share: Math.min(1, left / CODE_PERIOD_MS) };
}
