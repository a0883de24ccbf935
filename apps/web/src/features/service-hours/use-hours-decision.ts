import type { HoursDecisionResult } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';

export interface HoursDecisionVars {
  ids: string[];
  decision: 'approve' | 'decline';
  note?: string;
}

/**
 * Approves or declines entries, all or none (the server refuses the whole batch if one cannot be decided). The
 * ledger, the volunteers' totals and the statistics reload afterwards.
 */
export function useHoursDecision(onDone?: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: HoursDecisionVars) => api.post<HoursDecisionResult>('/api/service-hours/decisions', vars),
    onSuccess: (result) => {
      for (const key of ['service-hours', 'volunteers', 'volunteer-stats'])
        void queryClient.invalidateQueries({ queryKey: [key] });
      void message.success(
        t(result.status === 'approved' ? 'serviceHours.bulk.approved' : 'serviceHours.bulk.declined', {
          count: result.count,
        }),
      );
      onDone?.();
    },
    onError: (error) => void message.error(errorText(t, error)),
  });
}
