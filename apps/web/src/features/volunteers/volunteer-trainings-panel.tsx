import { PlusOutlined } from '@ant-design/icons';
import type { VolunteerProfile } from '@liandong/domain';
import { App, Button, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { setFieldErrors } from '../../lib/form-errors.ts';
import { formatDate } from '../../lib/format-time.ts';
import { RecordRow, RecordSection } from './record-row.tsx';
import { useVolunteerAction } from './use-volunteer-action.ts';
import { volunteerFormErrors } from './volunteer-errors.ts';

interface TrainingValues {
  course: string;
  provider?: string;
  trainedOn: string;
  hours: number;
  result?: string;
}

type Training = VolunteerProfile['trainings'][number];

/** 培训记录: courses taken, with date, hours (kept apart from service hours), provider and result. */
export function VolunteerTrainingsPanel({ profile, canManage }: { profile: VolunteerProfile; canManage: boolean }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<TrainingValues>();
  const base = `/api/volunteers/${profile.id}/trainings`;
  const add = useVolunteerAction((values: TrainingValues) => api.post(base, values), t('volunteers.trainings.added'));
  const remove = useVolunteerAction((id: string) => api.delete(`${base}/${id}`), t('volunteers.trainings.removed'));

  const confirmRemove = (training: Training) =>
    modal.confirm({
      title: t('volunteers.trainings.removeTitle'),
      content: t('volunteers.trainings.removeText', { course: training.course }),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      onOk: () => remove.mutateAsync(training.id).catch(() => undefined),
    });
  const addButton = canManage && (
    <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
      {t('volunteers.trainings.add')}
    </Button>
  );
  const today = formatDate(Date.now());

  return (
    <>
      <RecordSection
        empty={profile.trainings.length === 0 ? { title: t('volunteers.trainings.empty') } : null}
        addButton={addButton}
      >
        {profile.trainings.map((training) => (
          <RecordRow
            key={training.id}
            title={training.course}
            description={[
              training.trainedOn,
              t('volunteers.trainings.hoursValue', { hours: training.hours }),
              training.provider,
              training.result,
            ]
              .filter(Boolean)
              .join(' · ')}
            actions={
              canManage && (
                <Button size="small" type="link" danger onClick={() => confirmRemove(training)}>
                  {t('common.delete')}
                </Button>
              )
            }
          />
        ))}
      </RecordSection>
      <Modal
        open={adding}
        title={t('volunteers.trainings.add')}
        okText={t('common.save')}
        okButtonProps={{ loading: add.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setAdding(false)}
        destroyOnHidden
      >
        <Form<TrainingValues>
          form={form}
          layout="vertical"
          initialValues={{ trainedOn: today, hours: 2 }}
          onFinish={(values) =>
            add.mutate(
              { ...values, provider: values.provider?.trim() || undefined, result: values.result?.trim() || undefined },
              {
                onSuccess: () => setAdding(false),
                onError: (error) => setFieldErrors(form, volunteerFormErrors(t, error, {})),
              },
            )
          }
        >
          <Form.Item
            name="course"
            label={t('volunteers.trainings.course')}
            rules={[
              { required: true, whitespace: true, message: t('volunteers.trainings.courseRequired') },
              { max: 100 },
            ]}
          >
            <Input maxLength={100} placeholder={t('volunteers.trainings.coursePlaceholder')} />
          </Form.Item>
          <Form.Item name="trainedOn" label={t('volunteers.trainings.trainedOn')} rules={[{ required: true }]}>
            <Input type="date" max={today} />
          </Form.Item>
          <Form.Item name="hours" label={t('volunteers.trainings.hours')} rules={[{ required: true }]}>
            <InputNumber min={0} max={1000} step={0.5} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="provider" label={t('volunteers.trainings.provider')} rules={[{ max: 100 }]}>
            <Input maxLength={100} allowClear />
          </Form.Item>
          <Form.Item name="result" label={t('volunteers.trainings.result')} rules={[{ max: 100 }]}>
            <Input maxLength={100} allowClear placeholder={t('volunteers.trainings.resultPlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
