import { SIGNUP_FLOWS } from '@liandong/domain';
import { Col, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRegistrySettings } from '../volunteers/use-registry-settings.ts';
import { fromDateTimeInput } from './shanghai-time.ts';
import { VolunteerSelect } from './volunteer-select.tsx';

interface ShiftFormFieldsProps {
  /** The organizer: its registry's skill list and check-in window are offered. */
  organizationId: string;
  /** Where team leads are searched (the registry, when the user can see it). */
  volunteerScopeId?: string;
  /** The current team lead when editing, labelled before any search. */
  leadVolunteer?: { id: string; name: string } | null;
}

/** The fields of the shift drawer: what, when and how many; who may come; how they sign up and check in. */
export function ShiftFormFields({ organizationId, volunteerScopeId, leadVolunteer }: ShiftFormFieldsProps) {
  const { t } = useTranslation();
  const registry = useRegistrySettings(organizationId).data;
  const skills = registry?.settings.skills ?? [];
  const minutes = (label: string, name: 'checkinOpensMin' | 'checkinClosesMin', fallback?: number) => (
    <Form.Item name={name} label={label}>
      <InputNumber
        min={0}
        max={24 * 60}
        suffix={t('activities.shiftForm.minutes')}
        placeholder={fallback === undefined ? undefined : t('activities.shiftForm.registryDefault', { n: fallback })}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );

  return (
    <>
      <Form.Item
        name="role"
        label={t('activities.shiftFields.role')}
        rules={[{ required: true, whitespace: true, message: t('activities.shiftForm.roleRequired') }, { max: 60 }]}
      >
        <Input placeholder={t('activities.shiftForm.rolePlaceholder')} />
      </Form.Item>
      <Form.Item name="description" label={t('activities.shiftFields.description')} rules={[{ max: 1000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
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
            extra={t('activities.shiftForm.withinActivity')}
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
      <Form.Item name="capacity" label={t('activities.shiftFields.capacity')} rules={[{ required: true }]}>
        <InputNumber min={1} max={10_000} suffix={t('activities.shiftForm.people')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="signupFlow" label={t('activities.shiftFields.signupFlow')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={SIGNUP_FLOWS.map((value) => ({ value, label: t(`activities.signupFlows.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="waitlistEnabled" label={t('activities.shiftFields.waitlist')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="requiredSkills" label={t('activities.shiftFields.requiredSkills')}>
        <Select
          mode="multiple"
          allowClear
          options={skills.map((skill) => ({ value: skill.code, label: skill.name }))}
          placeholder={t('activities.shiftForm.skillsPlaceholder')}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item name="requiredQualifications" label={t('activities.shiftFields.requiredQualifications')}>
        <Select mode="tags" open={false} placeholder={t('activities.shiftForm.qualificationsPlaceholder')} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="minAge" label={t('activities.shiftFields.minAge')}>
            <InputNumber min={0} max={100} suffix={t('activities.shiftForm.years')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="minorsAllowed"
            label={t('activities.shiftFields.minorsAllowed')}
            valuePropName="checked"
            extra={t('activities.shiftForm.minorsHint')}
          >
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="leadVolunteerId"
        label={t('activities.shiftFields.leadVolunteer')}
        extra={t('activities.shiftForm.leadVolunteerHint')}
      >
        <VolunteerSelect
          allowClear
          organizationId={volunteerScopeId}
          known={leadVolunteer ? [{ value: leadVolunteer.id, label: leadVolunteer.name }] : []}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          {minutes(t('activities.shiftFields.checkinOpensMin'), 'checkinOpensMin', registry?.settings.checkinOpensMin)}
        </Col>
        <Col xs={24} sm={12}>
          {minutes(
            t('activities.shiftFields.checkinClosesMin'),
            'checkinClosesMin',
            registry?.settings.checkinClosesMin,
          )}
        </Col>
      </Row>
    </>
  );
}
