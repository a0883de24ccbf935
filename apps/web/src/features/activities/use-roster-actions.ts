import type { CheckKind, CheckResult, Participation } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { newIdempotencyKey } from '../checkin/idempotency-key.ts';
import { rosterQueryKey } from './use-roster.ts';

export type RosterDecision = 'confirm' | 'decline' | 'cancel' | 'no-show';

/** What the lead does on the roster: decide requests, check people in and out, mark no-shows, evaluate. */
export function useRosterActions(shiftId: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: rosterQueryKey(shiftId) });
    void queryClient.invalidateQueries({ queryKey: ['activities'] });
  };
  const onError = (error: unknown) => void message.error(errorText(t, error));

  const decide = useMutation({
    mutationFn: ({ participation, action }: { participation: Participation; action: RosterDecision }) =>
      api.post<Participation>(`/api/participations/${participation.id}/${action}`),
    onSuccess: (_, { participation, action }) => {
      refresh();
      void message.success(t(`activities.roster.done.${action}`, { name: participation.volunteerName }));
    },
    onError,
  });

  const check = useMutation({
    // A fresh key per tap: the roster is the lead's deliberate action, and a second tap is refused as already done.
    mutationFn: ({ participation, kind }: { participation: Participation; kind: CheckKind }) =>
      api.post<CheckResult>(`/api/participations/${participation.id}/checks`, {
        kind,
        idempotencyKey: newIdempotencyKey(),
      }),
    onSuccess: (_, { participation, kind }) => {
      refresh();
      void message.success(t(`activities.roster.done.check_${kind}`, { name: participation.volunteerName }));
    },
    onError,
  });

  const evaluate = useMutation({
    mutationFn: ({
      participation,
      rating,
      comment,
    }: {
      participation: Participation;
      rating: number;
      comment: string;
    }) =>
      api.post<Participation>(`/api/participations/${participation.id}/evaluation`, {
        rating,
        comment: comment.trim() || null,
      }),
    onSuccess: (_, { participation }) => {
      refresh();
      void message.success(t('activities.roster.done.evaluate', { name: participation.volunteerName }));
    },
    onError,
  });

  return { decide, check, evaluate };
}
