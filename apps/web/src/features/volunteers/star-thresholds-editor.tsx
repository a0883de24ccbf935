import { Form, InputNumber, Rate, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Five star levels, each needing approved service hours and, optionally, months since registration. */
export function StarThresholdsEditor() {
  const { t } = useTranslation();
  return (
    <Form.List name="starThresholds">
      {(fields) => (
        <div style={{ display: 'grid', gap: 8 }}>
          {fields.map((field, index) => (
            <Space key={field.key} wrap align="center">
              <Rate disabled count={5} value={index + 1} style={{ fontSize: 14, width: 120 }} />
              <Form.Item name={[field.name, 'hours']} noStyle rules={[{ required: true }]}>
                <InputNumber
                  min={1}
                  max={100000}
                  precision={0}
                  suffix={t('volunteers.hours.unit')}
                  aria-label={t('volunteers.settings.starHours', { level: index + 1 })}
                  style={{ width: 130 }}
                />
              </Form.Item>
              <Typography.Text type="secondary">{t('volunteers.settings.andRegistered')}</Typography.Text>
              <Form.Item name={[field.name, 'minMonths']} noStyle rules={[{ required: true }]}>
                <InputNumber
                  min={0}
                  max={600}
                  precision={0}
                  suffix={t('volunteers.settings.months')}
                  aria-label={t('volunteers.settings.starMonths', { level: index + 1 })}
                  style={{ width: 110 }}
                />
              </Form.Item>
            </Space>
          ))}
        </div>
      )}
    </Form.List>
  );
}
