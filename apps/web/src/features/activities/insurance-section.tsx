import { LinkOutlined, PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { ActivityDetail, InsurancePolicySummary } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { InsuranceAttachModal } from './insurance-attach-modal.tsx';
import { InsuranceFormDrawer } from './insurance-form-drawer.tsx';

interface InsuranceSectionProps {
  activity: ActivityDetail;
  canManage: boolean;
  volunteerScopeId?: string;
}

/** 保险: the accident insurance attached to the activity, and a warning while a risky activity has none. */
export function InsuranceSection({ activity, canManage, volunteerScopeId }: InsuranceSectionProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<'attach' | 'create' | null>(null);
  const policies = activity.insurancePolicies;
  const editable = canManage && activity.status === 'published';

  const detach = useMutation({
    mutationFn: (policy: InsurancePolicySummary) => api.delete(`/api/activities/${activity.id}/insurance/${policy.id}`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
      void message.success(t('activities.insurance.detached'));
    },
    onError: (error) => void message.error(errorText(t, error)),
  });
  const confirmDetach = (policy: InsurancePolicySummary) =>
    modal.confirm({
      title: t('activities.insurance.detachConfirm', { policyNo: policy.policyNo }),
      content: activity.insuranceRequired ? t('activities.insurance.detachHint') : undefined,
      okText: t('activities.insurance.detach'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => detach.mutateAsync(policy).catch(() => undefined),
    });

  return (
    <Card
      size="small"
      title={
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
          <SafetyCertificateOutlined aria-hidden />
          {t('activities.insurance.title')}
        </span>
      }
      extra={
        editable && (
          <Space wrap>
            <Button size="small" icon={<LinkOutlined />} onClick={() => setOpen('attach')}>
              {t('activities.insurance.attachExisting')}
            </Button>
            <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen('create')}>
              {t('activities.insurance.create')}
            </Button>
          </Space>
        )
      }
    >
      {activity.insuranceRequired && policies.length === 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('activities.insurance.requiredTitle')}
          description={t('activities.insurance.requiredText')}
          style={{ marginBottom: 12 }}
        />
      )}
      {policies.length === 0 ? (
        <Typography.Text type="secondary">
          {activity.insuranceRequired ? t('activities.insurance.noneYet') : t('activities.insurance.notRequired')}
        </Typography.Text>
      ) : (
        <div style={{ display: 'grid', gap: 8 }}>
          {policies.map((policy) => (
            <div key={policy.id} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
              <div style={{ flex: '1 1 240px', minWidth: 0 }}>
                <Typography.Text strong>
                  {policy.insurer} · {policy.policyNo}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {policy.coverageFrom} ~ {policy.coverageTo} ·{' '}
                  {policy.coversAllVolunteers
                    ? t('activities.insurance.coversAll')
                    : t('activities.insurance.insuredCount', { count: policy.insuredCount })}
                </Typography.Text>
              </div>
              {editable && (
                <Button size="small" danger onClick={() => confirmDetach(policy)}>
                  {t('activities.insurance.detach')}
                </Button>
              )}
            </div>
          ))}
        </div>
      )}
      <InsuranceAttachModal open={open === 'attach'} onClose={() => setOpen(null)} activity={activity} />
      <InsuranceFormDrawer
        open={open === 'create'}
        onClose={() => setOpen(null)}
        activity={activity}
        volunteerScopeId={volunteerScopeId}
      />
    </Card>
  );
}
