import { FileProtectOutlined } from '@ant-design/icons';
import type { Certificate, CertificateList } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { api } from '../../lib/api.ts';
import { useCan } from '../../lib/use-session.ts';
import { CertificateCard } from './certificate-card.tsx';
import { IssueCertificateDrawer } from './issue-certificate-drawer.tsx';
import { RevokeCertificateModal } from './revoke-certificate-modal.tsx';
import { useCertificateDownload } from './use-certificate-download.ts';

/**
 * 服务证明 on the volunteer profile: the volunteer's certificates (newest first) with 下载 and, for those who may
 * issue, 开具证明 and 撤销. Drop it into a tab: `<CertificatesPanel volunteerId={…} volunteerName={…} />`.
 */
export function CertificatesPanel({ volunteerId, volunteerName }: { volunteerId: string; volunteerName: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const canIssue = can('certificates.issue');
  const [issuing, setIssuing] = useState(false);
  const [revoking, setRevoking] = useState<Certificate | null>(null);
  const { download, pendingId } = useCertificateDownload();
  const list = useQuery({
    queryKey: ['certificates', 'volunteer', volunteerId],
    queryFn: () => api.get<CertificateList>(`/api/volunteers/${volunteerId}/certificates`),
  });

  const issueButton = canIssue && (
    <Button type="primary" icon={<FileProtectOutlined />} onClick={() => setIssuing(true)}>
      {t('certificates.issue')}
    </Button>
  );
  let body: React.ReactNode;
  if (list.isPending) body = <PageLoading />;
  else if (list.isError) body = <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.items.length === 0)
    body = (
      <EmptyState
        title={t('certificates.empty')}
        description={canIssue ? t('certificates.emptyHintIssue') : t('certificates.emptyHint')}
        action={issueButton}
      />
    );
  else
    body = (
      <Flex vertical gap={10}>
        {list.data.items.map((certificate) => (
          <CertificateCard
            key={certificate.id}
            certificate={certificate}
            onDownload={() => download(certificate)}
            downloading={pendingId === certificate.id}
            extra={
              canIssue &&
              !certificate.revoked && (
                <Button danger onClick={() => setRevoking(certificate)}>
                  {t('certificates.revoke')}
                </Button>
              )
            }
          />
        ))}
      </Flex>
    );

  return (
    <>
      {issueButton && list.data && list.data.items.length > 0 && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          {issueButton}
        </Flex>
      )}
      {body}
      <IssueCertificateDrawer
        open={issuing}
        onClose={() => setIssuing(false)}
        volunteerId={volunteerId}
        volunteerName={volunteerName}
      />
      <RevokeCertificateModal certificate={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}
