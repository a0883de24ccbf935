import { DownloadOutlined } from '@ant-design/icons';
import { type Certificate, formatHours } from '@liandong/domain';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format-time.ts';

interface CertificateCardProps {
  certificate: Certificate;
  onDownload: () => void;
  downloading: boolean;
  /** Further actions (撤销) for staff. */
  extra?: ReactNode;
}

/** One 志愿服务记录证明: number, period, hours, issuer and date, whether it still holds, and its PDF. */
export function CertificateCard({ certificate, onDownload, downloading, extra }: CertificateCardProps) {
  const { t } = useTranslation();
  return (
    <Card size="small" styles={{ body: { padding: 14 } }}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <div style={{ minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong copyable={{ text: certificate.number }} style={{ whiteSpace: 'nowrap' }}>
              {certificate.number}
            </Typography.Text>
            {certificate.revoked ? (
              <Tag color="red">{t('certificates.revoked')}</Tag>
            ) : (
              <Tag color="green">{t('certificates.valid')}</Tag>
            )}
            {certificate.selfRequested && <Tag>{t('certificates.selfRequested')}</Tag>}
          </Flex>
          <Typography.Paragraph style={{ margin: '6px 0 0' }}>
            {t('certificates.periodLine', {
              from: certificate.periodFrom,
              to: certificate.periodTo,
              hours: formatHours(certificate.totalHundredths),
              count: certificate.entryCount,
            })}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('certificates.issuedLine', {
              issuer: certificate.issuer.name,
              date: certificate.issuedOn,
              handler: certificate.handlerName,
            })}
          </Typography.Text>
          {certificate.revoked && certificate.revokedAt && (
            <Typography.Paragraph type="danger" style={{ margin: '4px 0 0', fontSize: 13 }}>
              {t('certificates.revokedLine', {
                date: formatDate(certificate.revokedAt),
                reason: certificate.revokeReason ?? '—',
              })}
            </Typography.Paragraph>
          )}
        </div>
        <Flex gap={8} wrap>
          {extra}
          <Button icon={<DownloadOutlined />} loading={downloading} onClick={onDownload}>
            {t('certificates.download')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}
