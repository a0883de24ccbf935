import type { RegistrySettings, RegistrySettingsView } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Space, Switch } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { fieldErrorsOf, setFieldErrors } from '../../lib/form-errors.ts';
import { MinorsPolicyEditor } from './minors-policy-editor.tsx';
import {
  type SettingsFormValues,
  settingsFormValuesOf,
  settingsOf,
  settingsProblemsOf,
} from './registry-settings-values.ts';
import { RoundingFields } from './rounding-fields.tsx';
import { SkillsEditor } from './skills-editor.tsx';
import { StarThresholdsEditor } from './star-thresholds-editor.tsx';
import { REGISTRY_SETTINGS_KEY } from './use-registry-settings.ts';

interface RegistrySettingsFormProps {
  view: RegistrySettingsView;
  /** Coordinators of a station see their federation's rules but may not change them. */
  readOnly: boolean;
}

/** Every rule of one registry in sections, saved together after the same checks the server makes. */
export function RegistrySettingsForm({ view, readOnly }: RegistrySettingsFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SettingsFormValues>();
  const [problems, setProblems] = useState<string[]>([]);
  const initialValues = useMemo(() => settingsFormValuesOf(view.settings), [view.settings]);
  const savedCodes = useMemo(() => new Set(view.settings.skills.map((skill) => skill.code)), [view.settings]);
  const collectProblems = () => setProblems([...new Set(form.getFieldsError().flatMap((field) => field.errors))]);

  const save = useMutation({
    mutationFn: (settings: RegistrySettings) =>
      api.put<RegistrySettingsView>(`/api/volunteer-registries/${view.registry.id}/settings`, settings),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [REGISTRY_SETTINGS_KEY] });
      void message.success(t('volunteers.settings.saved'));
    },
    onError: (error) => {
      void message.error(errorText(t, error));
      setFieldErrors(form, fieldErrorsOf(t, error));
      collectProblems();
    },
  });

  const submit = (values: SettingsFormValues) => {
    const settings = settingsOf(values, view.settings);
    const found = settingsProblemsOf(settings);
    if (found.length > 0) {
      setFieldErrors(
        form,
        found.map(({ name, problem }) => ({ name, errors: [t(`volunteers.settings.problems.${problem}`)] })),
      );
      collectProblems();
      return;
    }
    setProblems([]);
    save.mutate(settings);
  };

  return (
    <Form<SettingsFormValues>
      name="registrySettings"
      form={form}
      layout="vertical"
      initialValues={initialValues}
      disabled={readOnly}
      onFinish={submit}
      onFinishFailed={collectProblems}
      scrollToFirstError
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('volunteers.settings.fixProblems')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            }
          />
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <Card size="small" title={t('volunteers.settings.sectionRegistration')}>
                <Form.Item
                  name="selfRegistrationOpen"
                  label={t('volunteers.settings.selfRegistrationOpen')}
                  extra={t('volunteers.settings.selfRegistrationHint')}
                  valuePropName="checked"
                >
                  <Switch />
                </Form.Item>
                <Form.Item
                  name="localNoPrefix"
                  label={t('volunteers.settings.localNoPrefix')}
                  extra={t('volunteers.settings.localNoPrefixHint')}
                  normalize={(value: string) => value.toUpperCase()}
                  rules={[{ pattern: /^[A-Z0-9]{0,8}$/, message: t('volunteers.settings.localNoPrefixRule') }]}
                >
                  <Input maxLength={8} style={{ width: 160 }} />
                </Form.Item>
              </Card>
              <Card size="small" title={t('volunteers.settings.sectionSkills')}>
                <SkillsEditor form={form} savedCodes={savedCodes} />
              </Card>
            </Space>
          </Col>
          <Col xs={24} xl={12}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <Card size="small" title={t('volunteers.settings.sectionMinors')}>
                <MinorsPolicyEditor />
              </Card>
              <Card size="small" title={t('volunteers.settings.sectionHours')}>
                <RoundingFields allowCustom={initialValues.rounding.preset === 'custom'} />
              </Card>
              <Card size="small" title={t('volunteers.settings.sectionStars')}>
                <StarThresholdsEditor />
                <Form.Item
                  name="starPublicityDays"
                  label={t('volunteers.settings.publicityDays')}
                  style={{ marginTop: 16 }}
                >
                  <InputNumber
                    min={0}
                    max={60}
                    precision={0}
                    suffix={t('volunteers.settings.workingDays')}
                    style={{ width: 150 }}
                  />
                </Form.Item>
              </Card>
              <Card size="small" title={t('volunteers.settings.sectionCheckin')}>
                <Space wrap size={16}>
                  <Form.Item name="checkinOpensMin" label={t('volunteers.settings.checkinOpens')}>
                    <InputNumber
                      min={0}
                      max={1440}
                      precision={0}
                      suffix={t('volunteers.settings.minutes')}
                      style={{ width: 150 }}
                    />
                  </Form.Item>
                  <Form.Item name="checkinClosesMin" label={t('volunteers.settings.checkinCloses')}>
                    <InputNumber
                      min={0}
                      max={1440}
                      precision={0}
                      suffix={t('volunteers.settings.minutes')}
                      style={{ width: 150 }}
                    />
                  </Form.Item>
                </Space>
                <Form.Item
                  name="fteHoursDivisor"
                  label={t('volunteers.settings.fteDivisor')}
                  extra={t('volunteers.settings.fteDivisorHint')}
                >
                  <InputNumber
                    min={1}
                    max={10000}
                    precision={0}
                    suffix={t('volunteers.hours.unit')}
                    style={{ width: 160 }}
                  />
                </Form.Item>
              </Card>
            </Space>
          </Col>
        </Row>
        {!readOnly && (
          <div style={{ position: 'sticky', bottom: 0, padding: '12px 0', background: '#f5f5f5', zIndex: 2 }}>
            <Space>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setProblems([]);
                }}
              >
                {t('volunteers.settings.discard')}
              </Button>
            </Space>
          </div>
        )}
      </Space>
    </Form>
  );
}
