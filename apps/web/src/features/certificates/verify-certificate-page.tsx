import { CheckCircleFilled, CloseCircleFilled, QuestionCircleOutlined } from '@ant-design/icons';
import { type CertificateVerification, formatHours } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AuthFrame } from '../../components/auth-frame.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { ApiError, api } from '../../lib/api.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

// An unknown token and a malformed one are the same to the person holding the paper: no such certificate.
const isUnknown = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || error.code === 'validation.failed');

/**
 * 证明核验 (/verify/:token): the page the certificate's QR code opens, for anyone, without signing in. It shows
 * only what the server's minimal answer holds: validity, number, masked name, period, total hours, issuer, date.
 */
export function VerifyCertificatePage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t('certificates.verify.title'));
  const verification = useQuery({
    queryKey: ['certificate-verification', token],
    queryFn: () => api.get<CertificateVerification>(`/api/public/certificates/${encodeURIComponent(token)}`),
    retry: (count, error) => !isUnknown(error) && count < 2,
  });

  if (verification.isPending) return <PageLoading />;
  if (verification.isError && !isUnknown(verification.error)) {
    return (
      <AuthFrame>
        <LoadError error={verification.error} onRetry={() => void verification.refetch()} />
      </AuthFrame>
    );
  }
  return (
    <AuthFrame width={480}>
      {verification.isError ? <Unknown /> : <Verified certificate={verification.data} />}
    </AuthFrame>
  );
}

function Verdict({ icon, title, text, color }: { icon: React.ReactNode; title: string; text: string; color: string }) {
  return (
    <Flex vertical align="center" gap={6} style={{ textAlign: 'center', marginBottom: 20 }}>
      <span style={{ fontSize: 64, lineHeight: 1, color }}>{icon}</span>
      <Typography.Title level={2} style={{ margin: '8px 0 0', color }}>
        {title}
      </Typography.Title>
      <Typography.Text type="secondary">{text}</Typography.Text>
    </Flex>
  );
}

function Unknown() {
  const { t } = useTranslation();
  return (
    <Verdict
      icon={<QuestionCircleOutlined />}
      title={t('certificates.verify.unknownTitle')}
      text={t('certificates.verify.unknownText')}
      color="#595959"
    />
  );
}

function Verified({ certificate }: { certificate: CertificateVerification }) {
  const { t } = useTranslation();
  return (
    <>
      {certificate.valid ? (
        <Verdict
          icon={<CheckCircleFilled />}
          title={t('certificates.verify.valid')}
          text={t('certificates.verify.validText')}
          color="#0f766e"
        />
      ) : (
        <Verdict
          icon={<CloseCircleFilled />}
          title={t('certificates.verify.revoked')}
          text={
            certificate.revokedOn
              ? t('certificates.verify.revokedOn', { date: certificate.revokedOn })
              : t('certificates.verify.revokedText')
          }
          color="#cf1322"
        />
      )}
      <Descriptions
        column={1}
        size="small"
        bordered
        title={t('certificates.verify.documentName')}
        // Narrower cells than antd's small size, so a certificate number fits whole beside its label on a phone.
        styles={{ label: { whiteSpace: 'nowrap', padding: '8px 12px' }, content: { padding: '8px 12px' } }}
        items={[
          // Kept on one line: a number broken at its hyphens reads as two.
          {
            key: 'number',
            label: t('certificates.verify.number'),
            children: <span style={{ whiteSpace: 'nowrap' }}>{certificate.number}</span>,
          },
          { key: 'name', label: t('certificates.verify.name'), children: certificate.name },
          {
            key: 'period',
            label: t('certificates.verify.period'),
            children: t('certificates.verify.periodValue', {
              from: certificate.period.from,
              to: certificate.period.to,
            }),
          },
          {
            key: 'hours',
            label: t('certificates.verify.hours'),
            children: t('serviceHours.hoursValue', { hours: formatHours(certificate.totalHundredths) }),
          },
          { key: 'issuer', label: t('certificates.verify.issuer'), children: certificate.issuerName },
          { key: 'issuedOn', label: t('certificates.verify.issuedOn'), children: certificate.issuedOn },
        ]}
      />
    </>
  );
}
