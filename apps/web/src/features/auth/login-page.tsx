import { LockOutlined, MobileOutlined, SafetyCertificateOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import type { Session } from '@liandong/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { AuthFrame } from '../../components/auth-frame.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { ApiError, api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { safeNextPath } from '../../lib/safe-next.ts';
import { clearSessionExpired, wasSessionExpired } from '../../lib/session-expiry.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useSession, useSetSession } from '../../lib/use-session.ts';
import { lockedUntilText } from './locked-until.ts';

interface LoginValues {
  username: string;
  password: string;
}

/** Sign-in with username and password; returns to `?next=` (a path inside the app) afterwards. */
export function LoginPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('auth.title'));
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const session = useSession();
  const setSession = useSetSession();
  const [expired] = useState(wasSessionExpired);
  useEffect(() => clearSessionExpired(), []);
  const setup = useQuery({
    queryKey: ['setup-status'],
    queryFn: () => api.get<{ setupDone: boolean }>('/api/setup/status'),
  });
  const login = useMutation({
    mutationFn: (values: LoginValues) => api.post<Session>('/api/auth/login', values),
    onSuccess: (signedIn) => {
      navigate(next, { replace: true });
      setSession(signedIn);
    },
  });

  if (session.isPending) return <PageLoading />;
  if (session.data) return <Navigate to={next} replace />;
  if (setup.data && !setup.data.setupDone) return <Navigate to="/setup" replace />;

  const failure = login.error ? failureText(login.error) : null;
  function failureText(error: Error): string {
    if (error instanceof ApiError && error.code === 'auth.locked') {
      const time = lockedUntilText(error.details, i18n.language);
      if (time) return t('auth.lockedUntil', { time });
    }
    return errorText(t, error);
  }

  const points = [
    { icon: <TeamOutlined />, text: t('auth.points.together') },
    { icon: <SafetyCertificateOutlined />, text: t('auth.points.scoped') },
    { icon: <MobileOutlined />, text: t('auth.points.anywhere') },
  ];

  return (
    <AuthFrame
      aside={
        <>
          <Typography.Title level={2} style={{ color: '#fff', margin: 'auto 0 0', fontWeight: 600, letterSpacing: 1 }}>
            {t('auth.headline')}
          </Typography.Title>
          <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 16 }}>
            {points.map((point) => (
              <li
                key={point.text}
                style={{ display: 'flex', gap: 12, alignItems: 'flex-start', fontSize: 15, lineHeight: 1.6 }}
              >
                <span style={{ fontSize: 18, color: '#99f6e4' }} aria-hidden>
                  {point.icon}
                </span>
                {point.text}
              </li>
            ))}
          </ul>
        </>
      }
    >
      <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
        {t('auth.welcome')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
        {t('auth.subtitle')}
      </Typography.Paragraph>
      {expired && !failure && (
        <Alert type="warning" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />
      )}
      {failure && <Alert type="error" showIcon title={failure} role="alert" style={{ marginBottom: 16 }} />}
      <Form<LoginValues>
        layout="vertical"
        requiredMark={false}
        size="large"
        disabled={login.isPending}
        onFinish={(values) => login.mutate(values)}
        onValuesChange={() => login.error && login.reset()}
      >
        <Form.Item
          label={t('auth.username')}
          name="username"
          rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
        >
          <Input
            prefix={<UserOutlined aria-hidden />}
            placeholder={t('auth.usernamePlaceholder')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
          />
        </Form.Item>
        <Form.Item
          label={t('auth.password')}
          name="password"
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password
            prefix={<LockOutlined aria-hidden />}
            placeholder={t('auth.passwordPlaceholder')}
            autoComplete="current-password"
          />
        </Form.Item>
        <Form.Item style={{ marginBottom: 12 }}>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('auth.submit')}
          </Button>
        </Form.Item>
      </Form>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('auth.forgotPassword')}
      </Typography.Text>
    </AuthFrame>
  );
}
