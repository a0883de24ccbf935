import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/error-text.ts';

/**
 * A change to a volunteer's record: on success the volunteer queries reload and `success` is shown; a failure is
 * worded from its code. Forms add their own `onError` per call to place field errors.
 */
export function useVolunteerAction<Vars = void>(request: (vars: Vars) => Promise<unknown>, success: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['volunteers'] });
      void message.success(success);
    },
    onError: (error) => void message.error(errorText(t, error)),
  });
}
