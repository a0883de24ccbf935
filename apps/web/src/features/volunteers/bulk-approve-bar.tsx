import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';

interface BulkApproveBarProps {
  ids: string[];
  onDone: () => void;
}

/** "已选 N 名预备志愿者 · 批量通过": approves every ticked volunteer, or (the server refusing one) none. */
export function BulkApproveBar({ ids, onDone }: BulkApproveBarProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const approve = useMutation({
    mutationFn: () => api.post<{ approvedIds: string[] }>('/api/volunteers/approve', { ids }),
    onSuccess: ({ approvedIds }) => {
      void queryClient.invalidateQueries({ queryKey: ['volunteers'] });
      void message.success(t('volunteers.bulk.approved', { count: approvedIds.length }));
      onDone();
    },
    onError: (error) => void message.error(errorText(t, error)),
  });
  if (ids.length === 0) return null;

  const confirm = () =>
    modal.confirm({
      title: t('volunteers.bulk.confirmTitle', { count: ids.length }),
      content: t('volunteers.bulk.confirmText'),
      okText: t('volunteers.bulk.approve'),
      onOk: () => approve.mutateAsync().catch(() => undefined),
    });

  return (
    <Alert
      type="info"
      style={{ marginBottom: 12 }}
      title={t('volunteers.bulk.selected', { count: ids.length })}
      action={
        <Space>
          <Button size="small" onClick={onDone}>
            {t('volunteers.bulk.clear')}
          </Button>
          <Button size="small" type="primary" icon={<CheckOutlined />} loading={approve.isPending} onClick={confirm}>
            {t('volunteers.bulk.approve')}
          </Button>
        </Space>
      }
    />
  );
}
