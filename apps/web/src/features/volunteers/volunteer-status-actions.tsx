import { CheckOutlined, PauseCircleOutlined, PlayCircleOutlined, StopOutlined } from '@ant-design/icons';
import { nextVolunteerStatuses, type VolunteerProfile, type VolunteerStatus } from '@liandong/domain';
import { Button, Form, Input, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { useVolunteerAction } from './use-volunteer-action.ts';

/** The step a status change is, as the buttons name it: approval, suspension, resumption or exit. */
type Step = 'approve' | 'suspend' | 'resume' | 'exit';

function stepOf(from: VolunteerStatus, to: VolunteerStatus): Step {
  if (to === 'exited') return 'exit';
  if (to === 'suspended') return 'suspend';
  return from === 'prospective' ? 'approve' : 'resume';
}

const ICONS: Record<Step, ReactNode> = {
  approve: <CheckOutlined />,
  suspend: <PauseCircleOutlined />,
  resume: <PlayCircleOutlined />,
  exit: <StopOutlined />,
};

/** 通过审核, 暂停, 恢复 and 退出, each confirmed in a dialog; suspension and exit ask why. */
export function VolunteerStatusActions({ profile }: { profile: VolunteerProfile }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<VolunteerStatus | null>(null);
  const [form] = Form.useForm<{ reason?: string }>();
  const step = target && stepOf(profile.status, target);
  const change = useVolunteerAction(
    (input: { status: VolunteerStatus; reason?: string }) => api.post(`/api/volunteers/${profile.id}/status`, input),
    step ? t(`volunteers.status.${step}.done`) : '',
  );
  const reasonRequired = step === 'suspend' || step === 'exit';

  const submit = ({ reason }: { reason?: string }) => {
    if (!target) return;
    change.mutate({ status: target, reason: reason?.trim() || undefined }, { onSuccess: () => setTarget(null) });
  };

  return (
    <>
      {nextVolunteerStatuses(profile.status).map((status) => {
        const next = stepOf(profile.status, status);
        return (
          <Button
            key={status}
            type={next === 'approve' ? 'primary' : 'default'}
            danger={next === 'exit'}
            icon={ICONS[next]}
            onClick={() => {
              form.resetFields();
              setTarget(status);
            }}
          >
            {t(`volunteers.status.${next}.button`)}
          </Button>
        );
      })}
      <Modal
        open={target !== null}
        title={step && t(`volunteers.status.${step}.title`, { name: profile.name })}
        okText={step && t(`volunteers.status.${step}.button`)}
        okButtonProps={{ danger: step === 'exit', loading: change.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setTarget(null)}
        destroyOnHidden
      >
        <p>{step && t(`volunteers.status.${step}.text`)}</p>
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="reason"
            label={t('volunteers.status.reason')}
            rules={[
              { required: reasonRequired, whitespace: true, message: t('volunteers.status.reasonRequired') },
              { max: 200 },
            ]}
          >
            <Input.TextArea rows={3} maxLength={200} showCount placeholder={t('volunteers.status.reasonPlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
