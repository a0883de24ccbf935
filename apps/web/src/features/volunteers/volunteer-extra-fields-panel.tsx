import { PlusOutlined } from '@ant-design/icons';
import {
  CONSENT_METHODS,
  VOLUNTEER_EXTRA_FIELDS,
  type VolunteerExtraField,
  type VolunteerProfile,
} from '@liandong/domain';
import { Alert, App, Button, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format-time.ts';
import { RecordRow, RecordSection } from './record-row.tsx';
import { useVolunteerAction } from './use-volunteer-action.ts';

interface ExtraFieldValues {
  field: VolunteerExtraField;
  value: string;
  method: (typeof CONSENT_METHODS)[number];
}

/**
 * 补充信息: personal fields beyond the legal minimum (学历, 职业, 紧急联系人…). Each is kept only with the volunteer's
 * recorded consent (2012 办法 Art. 6 ¶2); withdrawing the consent deletes the value.
 */
export function VolunteerExtraFieldsPanel({ profile, canManage }: { profile: VolunteerProfile; canManage: boolean }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<ExtraFieldValues>();
  const base = `/api/volunteers/${profile.id}/extra-fields`;
  const save = useVolunteerAction(
    ({ field, value, method }: ExtraFieldValues) =>
      api.put(`${base}/${field}`, { value: value.trim(), consent: { method } }),
    t('volunteers.extra.saved'),
  );
  const withdraw = useVolunteerAction(
    (field: string) => api.delete(`${base}/${field}`),
    t('volunteers.extra.withdrawn'),
  );
  const present = new Set(profile.extraFields.map((entry) => entry.field));
  const free = VOLUNTEER_EXTRA_FIELDS.filter((field) => !present.has(field));

  const confirmWithdraw = (field: string) =>
    modal.confirm({
      title: t('volunteers.extra.withdrawTitle', { field: t(`volunteers.extraFields.${field}`) }),
      content: t('volunteers.extra.withdrawText'),
      okText: t('volunteers.extra.withdraw'),
      okButtonProps: { danger: true },
      onOk: () => withdraw.mutateAsync(field).catch(() => undefined),
    });
  const addButton = canManage && free.length > 0 && (
    <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
      {t('volunteers.extra.add')}
    </Button>
  );

  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('volunteers.extra.notice')} />
      <RecordSection
        empty={profile.extraFields.length === 0 ? { title: t('volunteers.extra.empty') } : null}
        addButton={addButton}
      >
        {profile.extraFields.map((entry) => (
          <RecordRow
            key={entry.field}
            title={`${t(`volunteers.extraFields.${entry.field}`)}：${entry.value}`}
            description={t('volunteers.extra.consentValue', {
              time: formatDateTime(entry.consentedAt),
              method: t(`volunteers.consentMethods.${entry.consentMethod}`),
            })}
            actions={
              canManage && (
                <Button size="small" type="link" danger onClick={() => confirmWithdraw(entry.field)}>
                  {t('volunteers.extra.withdraw')}
                </Button>
              )
            }
          />
        ))}
      </RecordSection>
      <Modal
        open={adding}
        title={t('volunteers.extra.add')}
        okText={t('common.save')}
        okButtonProps={{ loading: save.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setAdding(false)}
        destroyOnHidden
      >
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('volunteers.extra.consentOnly')} />
        <Form<ExtraFieldValues>
          form={form}
          layout="vertical"
          initialValues={{ field: free[0], method: 'in_person' }}
          onFinish={(values) => save.mutate(values, { onSuccess: () => setAdding(false) })}
        >
          <Form.Item name="field" label={t('volunteers.extra.field')} rules={[{ required: true }]}>
            <Select options={free.map((field) => ({ value: field, label: t(`volunteers.extraFields.${field}`) }))} />
          </Form.Item>
          <Form.Item
            name="value"
            label={t('volunteers.extra.value')}
            rules={[{ required: true, whitespace: true, message: t('volunteers.extra.valueRequired') }, { max: 200 }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="method"
            label={t('volunteers.extra.method')}
            extra={t('volunteers.extra.methodHint')}
            rules={[{ required: true, message: t('volunteers.extra.methodRequired') }]}
          >
            <Radio.Group
              options={CONSENT_METHODS.map((method) => ({
                value: method,
                label: t(`volunteers.consentMethods.${method}`),
              }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
