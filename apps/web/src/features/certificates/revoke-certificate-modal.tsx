import type { Certificate } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { showServerError } from '../../lib/form-errors.ts';

/** 撤销: the certificate stops verifying at once; the reason is kept and shown beside it. */
export function RevokeCertificateModal({
  certificate,
  onClose,
}: {
  certificate: Certificate | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const revoke = useMutation({
    mutationFn: ({ reason }: { reason: string }) =>
      api.post<Certificate>(`/api/certificates/${certificate?.id}/revoke`, { reason: reason.trim() }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['certificates'] });
      void message.success(t('certificates.revokeDone'));
      onClose();
    },
    onError: (error) => showServerError({ error, t, message, form }),
  });
  return (
    <Modal
      open={certificate !== null}
      title={t('certificates.revokeTitle', { number: certificate?.number ?? '' })}
      okText={t('certificates.revoke')}
      okButtonProps={{ danger: true, loading: revoke.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('certificates.revokeText')}</Typography.Paragraph>
      <Form
        form={form}
        name="revokeCertificate"
        layout="vertical"
        preserve={false}
        onFinish={(values) => revoke.mutate(values)}
      >
        <Form.Item
          name="reason"
          label={t('certificates.revokeReason')}
          rules={[{ required: true, whitespace: true, message: t('certificates.revokeReasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
