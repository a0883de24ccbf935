import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { MINOR_RULES } from '@liandong/domain';
import { Button, Form, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The minors policy table: rows of "未满 X 岁 → 禁止参加 / 须监护人陪同 / 须监护人同意". */
export function MinorsPolicyEditor() {
  const { t } = useTranslation();
  return (
    <Form.List name="minorsPolicy">
      {(fields, { add, remove }) => (
        <>
          <div style={{ display: 'grid', gap: 8 }}>
            {fields.map((field) => (
              <Space key={field.key} wrap align="center">
                <Typography.Text>{t('volunteers.settings.under')}</Typography.Text>
                <Form.Item name={[field.name, 'underAge']} noStyle rules={[{ required: true }]}>
                  <InputNumber
                    min={1}
                    max={18}
                    precision={0}
                    aria-label={t('volunteers.settings.underAge')}
                    style={{ width: 72 }}
                  />
                </Form.Item>
                <Typography.Text>{t('volunteers.settings.yearsOld')}</Typography.Text>
                <Form.Item name={[field.name, 'rule']} noStyle rules={[{ required: true }]}>
                  <Select
                    aria-label={t('volunteers.settings.minorRule')}
                    style={{ width: 160 }}
                    options={MINOR_RULES.map((rule) => ({ value: rule, label: t(`volunteers.minorRules.${rule}`) }))}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('volunteers.settings.removeBand')}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
          </div>
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            style={{ marginTop: 8 }}
            onClick={() => add({ underAge: 14, rule: 'guardian_consent' })}
          >
            {t('volunteers.settings.addBand')}
          </Button>
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }}>
            {t('volunteers.settings.minorsHint')}
          </Typography.Paragraph>
        </>
      )}
    </Form.List>
  );
}
