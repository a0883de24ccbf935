import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, type FormInstance, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { nextSkillCode, type SettingsFormValues } from './registry-settings-values.ts';

interface SkillsEditorProps {
  form: FormInstance<SettingsFormValues>;
  /** Codes already saved: they name skills in profiles and shifts, so only their names may change. */
  savedCodes: ReadonlySet<string>;
}

/** The registry's skill list: add, rename and remove; a new skill gets a code the coordinator may change. */
export function SkillsEditor({ form, savedCodes }: SkillsEditorProps) {
  const { t } = useTranslation();
  return (
    <Form.List name="skills">
      {(fields, { add, remove }) => (
        <>
          <div style={{ display: 'grid', gap: 8 }}>
            {fields.map((field) => {
              const code: string | undefined = form.getFieldValue(['skills', field.name, 'code']);
              const saved = Boolean(code && savedCodes.has(code));
              return (
                <Space.Compact key={field.key} style={{ width: '100%' }}>
                  <Form.Item
                    name={[field.name, 'name']}
                    noStyle
                    rules={[{ required: true, whitespace: true, message: t('volunteers.settings.skillNameRequired') }]}
                  >
                    <Input
                      maxLength={30}
                      placeholder={t('volunteers.settings.skillName')}
                      aria-label={t('volunteers.settings.skillName')}
                      style={{ flex: 2 }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'code']}
                    noStyle
                    rules={[
                      { required: true, pattern: /^[a-z0-9_]{1,40}$/, message: t('volunteers.settings.skillCodeRule') },
                    ]}
                  >
                    <Input
                      maxLength={40}
                      disabled={saved}
                      placeholder={t('volunteers.settings.skillCode')}
                      aria-label={t('volunteers.settings.skillCode')}
                      style={{ flex: 1, fontFamily: 'monospace' }}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('volunteers.settings.removeSkill')}
                    onClick={() => remove(field.name)}
                  />
                </Space.Compact>
              );
            })}
          </div>
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            style={{ marginTop: 8 }}
            onClick={() => add({ name: '', code: nextSkillCode(form.getFieldValue('skills') ?? []) })}
          >
            {t('volunteers.settings.addSkill')}
          </Button>
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }}>
            {t('volunteers.settings.skillsHint')}
          </Typography.Paragraph>
        </>
      )}
    </Form.List>
  );
}
