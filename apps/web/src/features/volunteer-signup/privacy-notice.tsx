import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Checkbox, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * What is collected and why, and that it is not disclosed without consent (《志愿服务条例》第二十条), with the
 * checkbox the person ticks to agree. The form cannot be sent without it.
 */
export function PrivacyNotice({ registryName }: { registryName: string }) {
  const { t } = useTranslation();
  return (
    <div
      style={{
        background: '#f0fdfa',
        border: '1px solid #ccfbf1',
        borderRadius: 12,
        padding: '14px 16px',
        marginBottom: 16,
      }}
    >
      <Typography.Text strong>
        <SafetyCertificateOutlined style={{ color: '#0f766e', marginInlineEnd: 6 }} aria-hidden />
        {t('volunteers.signup.privacyTitle')}
      </Typography.Text>
      <ul style={{ margin: '8px 0 12px', paddingInlineStart: 20, lineHeight: 1.7, fontSize: 14 }}>
        <li>{t('volunteers.signup.privacyWhat')}</li>
        <li>{t('volunteers.signup.privacyWhy', { name: registryName })}</li>
        <li>{t('volunteers.signup.privacyProtect')}</li>
        <li>{t('volunteers.signup.privacyLaw')}</li>
      </ul>
      <Form.Item
        name="consent"
        valuePropName="checked"
        style={{ marginBottom: 0 }}
        rules={[
          {
            validator: (_rule, value: boolean | undefined) =>
              value ? Promise.resolve() : Promise.reject(new Error(t('volunteers.signup.consentRequired'))),
          },
        ]}
      >
        <Checkbox style={{ fontSize: 15 }}>{t('volunteers.signup.consent')}</Checkbox>
      </Form.Item>
    </div>
  );
}
