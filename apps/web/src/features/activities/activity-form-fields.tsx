import { ACTIVITY_TYPES, INSURED_RISK_LEVELS, RISK_LEVELS } from '@liandong/domain';
import { Alert, Col, Form, type FormInstance, Input, Row, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationTreeSelect } from '../volunteers/organization-tree-select.tsx';
import type { ActivityFormValues } from './activity-form-values.ts';
import { CoOrganizersField } from './co-organizers-field.tsx';
import { LeadSelect } from './lead-select.tsx';
import { PlaceFields } from './place-fields.tsx';
import { fromDateTimeInput } from './shanghai-time.ts';

interface ActivityFormFieldsProps {
  form: FormInstance<ActivityFormValues>;
  /** Editing: the organizer is fixed, and the current lead stays listed. */
  editing?: { lead: { userId: string; displayName: string } };
}

/** The fields of the activity drawer, in the order a social worker plans an activity. */
export function ActivityFormFields({ form, editing }: ActivityFormFieldsProps) {
  const { t } = useTranslation();
  const organizationId = Form.useWatch('organizationId', form);
  const riskLevel = Form.useWatch('riskLevel', form);

  return (
    <>
      <Form.Item name="type" label={t('activities.fields.type')} rules={[{ required: true }]}>
        <Select options={ACTIVITY_TYPES.map((value) => ({ value, label: t(`activities.types.${value}`) }))} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('activities.fields.title')}
        rules={[{ required: true, whitespace: true, message: t('activities.form.titleRequired') }, { max: 100 }]}
      >
        <Input placeholder={t('activities.form.titlePlaceholder')} />
      </Form.Item>
      <Form.Item name="content" label={t('activities.fields.content')} rules={[{ max: 5000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} placeholder={t('activities.form.contentPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="organizationId"
        label={t('activities.fields.organization')}
        rules={[{ required: true, message: t('activities.form.organizationRequired') }]}
        extra={editing ? t('activities.form.organizationFixed') : t('activities.form.organizationHint')}
      >
        <OrganizationTreeSelect disabled={Boolean(editing)} />
      </Form.Item>
      <Form.Item name="leadUserId" label={t('activities.fields.lead')} extra={t('activities.form.leadHint')}>
        <LeadSelect organizationId={organizationId} current={editing?.lead} />
      </Form.Item>
      <CoOrganizersField />
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="startsAt"
            label={t('activities.fields.startsAt')}
            rules={[{ required: true, message: t('activities.form.timeRequired') }]}
          >
            <Input type="datetime-local" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="endsAt"
            label={t('activities.fields.endsAt')}
            dependencies={['startsAt']}
            rules={[
              { required: true, message: t('activities.form.timeRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) => {
                  const start = fromDateTimeInput(getFieldValue('startsAt'));
                  const end = fromDateTimeInput(value);
                  return start === null || end === null || end > start
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('activities.form.endAfterStart')));
                },
              }),
            ]}
          >
            <Input type="datetime-local" />
          </Form.Item>
        </Col>
      </Row>
      <PlaceFields form={form} />
      <Form.Item name="beneficiaryGroup" label={t('activities.fields.beneficiaryGroup')} rules={[{ max: 100 }]}>
        <Input placeholder={t('activities.form.beneficiaryPlaceholder')} />
      </Form.Item>
      <Form.Item name="riskLevel" label={t('activities.fields.riskLevel')}>
        <Segmented block options={RISK_LEVELS.map((value) => ({ value, label: t(`activities.risks.${value}`) }))} />
      </Form.Item>
      {riskLevel && INSURED_RISK_LEVELS.includes(riskLevel) && (
        <Alert type="warning" showIcon title={t('activities.form.insuranceNote')} style={{ marginBottom: 16 }} />
      )}
    </>
  );
}
