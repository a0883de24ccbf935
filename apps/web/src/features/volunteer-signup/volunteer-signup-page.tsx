import type { SelfRegistrationPage } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Result, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AuthFrame } from '../../components/auth-frame.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { ApiError, api } from '../../lib/api.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { SignupForm } from './signup-form.tsx';

// An unknown organization, one that takes no volunteers, and a closed registry all look the same from outside.
const isClosed = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || error.code === 'validation.failed');

/**
 * 志愿者登记 (/join/:organizationId): the public page a recruitment QR code opens. No sign-in; the person becomes a
 * prospective volunteer of the 义工联, station or team, and is signed in with the account they chose.
 */
export function VolunteerSignupPage() {
  const { organizationId = '' } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t('volunteers.signup.title'));
  const [state, setState] = useState<'form' | 'done' | 'closed'>('form');
  const page = useQuery({
    queryKey: ['volunteer-signup', organizationId],
    queryFn: () => api.get<SelfRegistrationPage>(`/api/public/volunteer-signup/${organizationId}`),
    retry: (count, error) => !isClosed(error) && count < 2,
  });

  if (page.isPending) return <PageLoading />;
  if (page.isError && !isClosed(page.error)) {
    return (
      <AuthFrame>
        <LoadError error={page.error} onRetry={() => void page.refetch()} />
      </AuthFrame>
    );
  }
  if (state === 'closed' || page.isError || !page.data.open) {
    return (
      <AuthFrame>
        <Result
          status="info"
          title={t('volunteers.signup.closedTitle')}
          subTitle={
            page.data
              ? t('volunteers.signup.closedText', { name: page.data.organization.name })
              : t('volunteers.signup.unknownText')
          }
        />
      </AuthFrame>
    );
  }
  if (state === 'done') {
    return (
      <AuthFrame>
        <Result
          status="success"
          title={t('volunteers.signup.doneTitle')}
          subTitle={t('volunteers.signup.doneText')}
          extra={
            <Link to="/me/volunteer">
              <Button type="primary" size="large" block>
                {t('volunteers.signup.goHome')}
              </Button>
            </Link>
          }
        />
      </AuthFrame>
    );
  }

  const { organization, registry } = page.data;
  return (
    <AuthFrame width={480}>
      <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
        {t('volunteers.signup.heading')}
      </Typography.Title>
      <Typography.Paragraph style={{ marginBottom: 4, fontSize: 16 }}>
        {organization.name} <Tag>{t(`organizations.kindsShort.${organization.kind}`)}</Tag>
      </Typography.Paragraph>
      {registry.id !== organization.id && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 16 }}>
          {t('volunteers.signup.registryLine', { name: registry.name })}
        </Typography.Paragraph>
      )}
      <SignupForm page={page.data} onDone={() => setState('done')} onClosed={() => setState('closed')} />
    </AuthFrame>
  );
}
