import { CloudUploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import type { VolunteerImport } from './import-contracts.ts';

type ImportStatus = 'prospective' | 'active';

/** 导入: the status the new volunteers get (预备 unless the coordinator vouches for them), then all rows or none. */
export function ImportCommitPanel({
  preview,
  onStarted,
}: {
  preview: VolunteerImport;
  onStarted: (started: VolunteerImport) => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [status, setStatus] = useState<ImportStatus>('prospective');
  const commit = useMutation({
    mutationFn: () => api.post<VolunteerImport>(`/api/volunteer-imports/${preview.id}/commit`, { status }),
    onSuccess: onStarted,
    onError: (error) => void message.error(errorText(t, error)),
  });
  const confirm = () =>
    modal.confirm({
      title: t('volunteerImport.commit.confirmTitle', { count: preview.validRows }),
      content: t('volunteerImport.commit.confirmText', {
        organization: preview.organization.name,
        registry: preview.registry.name,
        status: t(`volunteerImport.commit.statuses.${status}`),
      }),
      okText: t('volunteerImport.commit.start'),
      onOk: () => commit.mutateAsync().catch(() => undefined),
    });

  return (
    <Card size="small" title={t('volunteerImport.commit.title')}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <div>
          <Typography.Text>{t('volunteerImport.commit.statusLabel')}</Typography.Text>
          <Radio.Group
            value={status}
            onChange={(event) => setStatus(event.target.value)}
            style={{ display: 'flex', flexDirection: 'column', gap: 8, marginTop: 8 }}
          >
            <Radio value="prospective">
              {t('volunteerImport.commit.statuses.prospective')}
              <Typography.Text type="secondary"> — {t('volunteerImport.commit.prospectiveHint')}</Typography.Text>
            </Radio>
            <Radio value="active">
              {t('volunteerImport.commit.statuses.active')}
              <Typography.Text type="secondary"> — {t('volunteerImport.commit.activeHint')}</Typography.Text>
            </Radio>
          </Radio.Group>
        </div>
        <Button type="primary" size="large" icon={<CloudUploadOutlined />} loading={commit.isPending} onClick={confirm}>
          {t('volunteerImport.commit.button', { count: preview.validRows })}
        </Button>
      </Space>
    </Card>
  );
}
