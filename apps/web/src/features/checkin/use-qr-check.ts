import type { CheckKind, CheckResult } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../lib/api.ts';
import { isRetryable } from './check-window.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import { type ReadLocation, readLocation } from './read-location.ts';

/**
 * 签到 / 签退 with the lead's rotating code. One key per kind for the whole page view: a double tap, an automatic
 * retry or the 重试 button after a lost connection repeat the same request, which the server answers with the
 * outcome it already recorded instead of recording twice.
 */
export function useQrCheck(token: string) {
  const queryClient = useQueryClient();
  const [keys] = useState<Record<CheckKind, string>>(() => ({ in: newIdempotencyKey(), out: newIdempotencyKey() }));
  const [locating, setLocating] = useState(false);
  const mutation = useMutation({
    mutationFn: ({ kind, location }: { kind: CheckKind; location: ReadLocation | null }) =>
      api.post<CheckResult>('/api/checkin', { token, kind, idempotencyKey: keys[kind], location }),
    retry: (count, error) => count < 2 && isRetryable(error),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['me'] });
      void queryClient.invalidateQueries({ queryKey: ['checkin', 'preview'] });
    },
  });

  /** Asks for the location (at most 5 s; a refusal sends none and the server flags it), then checks. */
  const check = async (kind: CheckKind) => {
    if (locating || mutation.isPending) return;
    setLocating(true);
    const location = await readLocation(5000);
    setLocating(false);
    mutation.mutate({ kind, location });
  };

  /** The same request again, with the same key and location. */
  const retry = () => {
    if (mutation.variables) mutation.mutate(mutation.variables);
  };

  return { check, retry, locating, mutation };
}
