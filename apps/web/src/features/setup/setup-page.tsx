import type { Session } from '@liandong/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Form, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AuthFrame } from '../../components/auth-frame.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { ApiError, api } from '../../lib/api.ts';
import { setFieldErrors } from '../../lib/form-errors.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useSetSession } from '../../lib/use-session.ts';
import { placeSetupError, SetupForm, type SetupValues, toSetupInput } from './setup-form.tsx';

/**
 * First run on an empty installation: creates the first platform administrator and the first organization, then
 * signs that administrator in. Once setup is done the page only points to sign-in.
 */
export function SetupPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('setup.title'));
  const { message } = App.useApp();
  const navigate = useNavigate();
  const setSession = useSetSession();
  const [form] = Form.useForm<SetupValues>();
  const status = useQuery({
    queryKey: ['setup-status'],
    queryFn: () => api.get<{ setupDone: boolean }>('/api/setup/status'),
  });
  const run = useMutation({
    mutationFn: async (values: SetupValues) => {
      const input = toSetupInput(values);
      await api.post('/api/setup', input);
      try {
        return await api.post<Session>('/api/auth/login', {
          username: input.admin.username,
          password: input.admin.password,
        });
      } catch {
        return null;
      }
    },
    onSuccess: (session) => {
      if (!session) {
        void message.warning(t('setup.signInFailed'));
        navigate('/login', { replace: true });
        return;
      }
      navigate('/', { replace: true });
      setSession(session);
      void message.success(t('setup.done'));
    },
    onError: (error) => {
      const fields = placeSetupError(t, error);
      if (fields.length > 0) setFieldErrors(form, fields);
    },
  });

  const alreadyDone =
    status.data?.setupDone || (run.error instanceof ApiError && run.error.code === 'setup.already_done');
  if (status.isPending) return <PageLoading />;

  if (status.isError) {
    return (
      <AuthFrame width={560}>
        <LoadError error={status.error} onRetry={() => void status.refetch()} />
      </AuthFrame>
    );
  }

  if (alreadyDone) {
    return (
      <AuthFrame width={520}>
        <Result
          status="success"
          title={t('setup.alreadyDoneTitle')}
          subTitle={t('setup.alreadyDoneText')}
          extra={
            <Button type="primary" size="large" onClick={() => navigate('/login')}>
              {t('setup.goToLogin')}
            </Button>
          }
        />
      </AuthFrame>
    );
  }

  const formError = run.error && placeSetupError(t, run.error).length === 0 ? run.error : null;
  return (
    <AuthFrame width={680}>
      <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
        {t('setup.heading')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
        {t('setup.intro')}
      </Typography.Paragraph>
      <SetupForm
        form={form}
        submitting={run.isPending}
        formError={formError}
        onSubmit={(values) => run.mutate(values)}
      />
    </AuthFrame>
  );
}
