import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { periodProblem } from './period-values.ts';

/** 证明期间: the first and last service day the certificate covers, ending by today. */
export function PeriodFields({ today, large = false }: { today: string; large?: boolean }) {
  const { t } = useTranslation();
  const size = large ? ('large' as const) : undefined;
  return (
    <div style={{ display: 'flex', gap: 12 }}>
      <Form.Item
        name="periodFrom"
        label={t('certificates.form.periodFrom')}
        rules={[{ required: true, message: t('certificates.form.periodRequired') }]}
        style={{ flex: 1, minWidth: 0 }}
      >
        <Input type="date" size={size} max={today} />
      </Form.Item>
      <Form.Item
        name="periodTo"
        label={t('certificates.form.periodTo')}
        dependencies={['periodFrom']}
        rules={[
          { required: true, message: t('certificates.form.periodRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value?: string) => {
              const problem = periodProblem(getFieldValue('periodFrom'), value, today);
              return problem ? Promise.reject(new Error(t(`certificates.form.${problem}`))) : Promise.resolve();
            },
          }),
        ]}
        style={{ flex: 1, minWidth: 0 }}
      >
        <Input type="date" size={size} max={today} />
      </Form.Item>
    </div>
  );
}
