import type { ActivityDetail, InsurancePolicy } from '@liandong/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Empty, Modal, Radio, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error.tsx';
import { api, type Page } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDate } from '../../lib/format-time.ts';

interface InsuranceAttachModalProps {
  open: boolean;
  onClose: () => void;
  activity: ActivityDetail;
}

/** 关联已有保单: the policies in force on the activity's first day, one to pick. */
export function InsuranceAttachModal({ open, onClose, activity }: InsuranceAttachModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<string>();
  const activeOn = formatDate(activity.startsAt);
  const policies = useQuery({
    queryKey: ['insurance-policies', { activeOn }],
    queryFn: () => api.get<Page<InsurancePolicy>>('/api/insurance-policies', { activeOn, pageSize: 100 }),
    enabled: open,
  });
  const attached = new Set(activity.insurancePolicies.map((policy) => policy.id));
  const choices = (policies.data?.items ?? []).filter((policy) => !attached.has(policy.id));

  const attach = useMutation({
    mutationFn: (policyId: string) => api.post(`/api/activities/${activity.id}/insurance`, { policyId }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['activities'] });
      void message.success(t('activities.insurance.attached'));
      setPicked(undefined);
      onClose();
    },
    onError: (error) => void message.error(errorText(t, error)),
  });

  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('activities.insurance.attachTitle')}
      okText={t('activities.insurance.attach')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !picked, loading: attach.isPending }}
      onOk={() => picked && attach.mutate(picked)}
      destroyOnHidden
    >
      {policies.isPending ? (
        <Spin style={{ display: 'block', padding: 24 }} />
      ) : policies.isError ? (
        <LoadError error={policies.error} onRetry={() => void policies.refetch()} />
      ) : choices.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('activities.insurance.noneInForce', { day: activeOn })}
        />
      ) : (
        <Radio.Group
          value={picked}
          onChange={(event) => setPicked(event.target.value)}
          style={{ display: 'grid', gap: 12 }}
        >
          {choices.map((policy) => (
            <Radio key={policy.id} value={policy.id}>
              <div>
                <Typography.Text strong>
                  {policy.insurer} · {policy.policyNo}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {policy.coverageFrom} ~ {policy.coverageTo} · {policy.organization.name} ·{' '}
                  {policy.coversAllVolunteers
                    ? t('activities.insurance.coversAll')
                    : t('activities.insurance.insuredCount', { count: policy.insuredCount })}
                </Typography.Text>
              </div>
            </Radio>
          ))}
        </Radio.Group>
      )}
    </Modal>
  );
}
