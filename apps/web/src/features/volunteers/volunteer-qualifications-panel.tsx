import { PlusOutlined } from '@ant-design/icons';
import type { VolunteerProfile } from '@liandong/domain';
import { App, Button, Form, Input, Modal, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { setFieldErrors } from '../../lib/form-errors.ts';
import { RecordRow, RecordSection } from './record-row.tsx';
import { useVolunteerAction } from './use-volunteer-action.ts';
import { volunteerFormErrors } from './volunteer-errors.ts';

interface QualificationValues {
  name: string;
  certificateNo?: string;
  issuedOn?: string;
  expiresOn?: string;
}

type Qualification = VolunteerProfile['qualifications'][number];

/** 资质证书: certificates a shift may require (急救证, 社工证…), with their expiry; expired ones are tagged. */
export function VolunteerQualificationsPanel({
  profile,
  canManage,
}: {
  profile: VolunteerProfile;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<QualificationValues>();
  const base = `/api/volunteers/${profile.id}/qualifications`;
  const add = useVolunteerAction(
    (values: QualificationValues) =>
      api.post(base, {
        name: values.name.trim(),
        certificateNo: values.certificateNo?.trim() || undefined,
        issuedOn: values.issuedOn || null,
        expiresOn: values.expiresOn || null,
      }),
    t('volunteers.qualifications.added'),
  );
  const remove = useVolunteerAction(
    (id: string) => api.delete(`${base}/${id}`),
    t('volunteers.qualifications.removed'),
  );

  const confirmRemove = (qualification: Qualification) =>
    modal.confirm({
      title: t('volunteers.qualifications.removeTitle'),
      content: t('volunteers.qualifications.removeText', { name: qualification.name }),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      onOk: () => remove.mutateAsync(qualification.id).catch(() => undefined),
    });
  const addButton = canManage && (
    <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
      {t('volunteers.qualifications.add')}
    </Button>
  );

  return (
    <>
      <RecordSection
        empty={profile.qualifications.length === 0 ? { title: t('volunteers.qualifications.empty') } : null}
        addButton={addButton}
      >
        {profile.qualifications.map((qualification) => (
          <RecordRow
            key={qualification.id}
            title={qualification.name}
            tags={qualification.expired && <Tag color="red">{t('volunteers.qualifications.expired')}</Tag>}
            description={[
              qualification.certificateNo &&
                t('volunteers.qualifications.numberValue', { no: qualification.certificateNo }),
              qualification.issuedOn && t('volunteers.qualifications.issuedValue', { date: qualification.issuedOn }),
              qualification.expiresOn
                ? t('volunteers.qualifications.expiresValue', { date: qualification.expiresOn })
                : t('volunteers.qualifications.noExpiry'),
            ]
              .filter(Boolean)
              .join(' · ')}
            actions={
              canManage && (
                <Button size="small" type="link" danger onClick={() => confirmRemove(qualification)}>
                  {t('common.delete')}
                </Button>
              )
            }
          />
        ))}
      </RecordSection>
      <Modal
        open={adding}
        title={t('volunteers.qualifications.add')}
        okText={t('common.save')}
        okButtonProps={{ loading: add.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setAdding(false)}
        destroyOnHidden
      >
        <Form<QualificationValues>
          form={form}
          layout="vertical"
          onFinish={(values) =>
            add.mutate(values, {
              onSuccess: () => setAdding(false),
              onError: (error) => setFieldErrors(form, volunteerFormErrors(t, error, {})),
            })
          }
        >
          <Form.Item
            name="name"
            label={t('volunteers.qualifications.name')}
            rules={[
              { required: true, whitespace: true, message: t('volunteers.qualifications.nameRequired') },
              { max: 100 },
            ]}
          >
            <Input maxLength={100} placeholder={t('volunteers.qualifications.namePlaceholder')} />
          </Form.Item>
          <Form.Item name="certificateNo" label={t('volunteers.qualifications.certificateNo')} rules={[{ max: 60 }]}>
            <Input maxLength={60} allowClear />
          </Form.Item>
          <Form.Item name="issuedOn" label={t('volunteers.qualifications.issuedOn')}>
            <Input type="date" />
          </Form.Item>
          <Form.Item
            name="expiresOn"
            label={t('volunteers.qualifications.expiresOn')}
            dependencies={['issuedOn']}
            rules={[
              {
                validator: (_rule, value: string | undefined) => {
                  const issuedOn: string | undefined = form.getFieldValue('issuedOn');
                  return !value || !issuedOn || issuedOn <= value
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('volunteers.qualifications.expiresBeforeIssued')));
                },
              },
            ]}
          >
            <Input type="date" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
