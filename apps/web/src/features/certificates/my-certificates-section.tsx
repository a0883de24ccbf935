import type { Certificate, CertificateList, MyCertificateRequest, MyVolunteer } from '@liandong/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { api } from '../../lib/api.ts';
import { showServerError } from '../../lib/form-errors.ts';
import { todayInShanghai } from '../activities/shanghai-time.ts';
import { CertificateCard } from './certificate-card.tsx';
import { PeriodFields } from './period-fields.tsx';
import { defaultPeriod } from './period-values.ts';
import { useCertificateDownload } from './use-certificate-download.ts';

const FIELDS_BY_CODE = { 'certificates.no_hours': 'periodTo', 'certificates.period': 'periodTo' };

/**
 * 我的证明: a volunteer asks for a 志愿服务记录证明 of a period (issued at once from their approved hours), and
 * downloads it or an earlier one as a PDF.
 */
export function MyCertificatesSection({ records }: { records: MyVolunteer[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<MyCertificateRequest>();
  const today = todayInShanghai();
  const { download, pendingId } = useCertificateDownload();
  const list = useQuery({
    queryKey: ['me', 'certificates'],
    queryFn: () => api.get<CertificateList>('/api/me/certificates'),
  });
  const request = useMutation({
    mutationFn: (values: MyCertificateRequest) => api.post<Certificate>('/api/me/certificates', values),
    onSuccess: (certificate) => {
      void queryClient.invalidateQueries({ queryKey: ['me', 'certificates'] });
      void message.success(t('certificates.mine.issued', { number: certificate.number }));
    },
    onError: (error) => showServerError({ error, t, message, form, fieldsByCode: FIELDS_BY_CODE }),
  });

  return (
    <Card size="small" title={t('certificates.mine.title')}>
      <Typography.Paragraph type="secondary">{t('certificates.mine.intro')}</Typography.Paragraph>
      <Form<MyCertificateRequest>
        form={form}
        name="myCertificate"
        layout="vertical"
        initialValues={{ ...defaultPeriod(today), volunteerId: records[0]?.id }}
        onFinish={(values) => request.mutate(values)}
      >
        {records.length > 1 && (
          <Form.Item name="volunteerId" label={t('certificates.mine.registry')} rules={[{ required: true }]}>
            <Select
              size="large"
              options={records.map((record) => ({ value: record.id, label: record.registry.name }))}
            />
          </Form.Item>
        )}
        <PeriodFields today={today} large />
        <Button type="primary" ghost size="large" block htmlType="submit" loading={request.isPending}>
          {t('certificates.mine.request')}
        </Button>
      </Form>
      <div style={{ marginTop: 16 }}>
        {list.isPending ? (
          <PageLoading />
        ) : list.isError ? (
          <LoadError error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <Typography.Text type="secondary">{t('certificates.mine.empty')}</Typography.Text>
        ) : (
          <Flex vertical gap={10}>
            {list.data.items.map((certificate) => (
              <CertificateCard
                key={certificate.id}
                certificate={certificate}
                onDownload={() => download(certificate)}
                downloading={pendingId === certificate.id}
              />
            ))}
          </Flex>
        )}
      </div>
    </Card>
  );
}
