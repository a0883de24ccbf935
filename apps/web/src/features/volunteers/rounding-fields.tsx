import { Form, InputNumber, Radio, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundingPreset } from './registry-settings-values.ts';

/** How attended minutes become credited hours: a preset, a minimum share of the shift, and a cap at the shift. */
export function RoundingFields({ allowCustom }: { allowCustom: boolean }) {
  const { t } = useTranslation();
  const presets: RoundingPreset[] = ['shancheng', 'quarter_down', ...(allowCustom ? (['custom'] as const) : [])];
  return (
    <>
      <Form.Item name={['rounding', 'preset']} label={t('volunteers.settings.roundingPreset')}>
        <Radio.Group
          style={{ display: 'grid', gap: 8 }}
          options={presets.map((preset) => ({
            value: preset,
            label: (
              <span>
                {t(`volunteers.roundingPresets.${preset}.name`)}
                <br />
                <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 13 }}>
                  {t(`volunteers.roundingPresets.${preset}.hint`)}
                </span>
              </span>
            ),
          }))}
        />
      </Form.Item>
      <Form.Item
        name={['rounding', 'minSharePercent']}
        label={t('volunteers.settings.minShare')}
        extra={t('volunteers.settings.minShareHint')}
      >
        <InputNumber
          min={1}
          max={100}
          precision={0}
          suffix="%"
          placeholder={t('volunteers.settings.none')}
          style={{ width: 140 }}
        />
      </Form.Item>
      <Form.Item
        name={['rounding', 'capAtShift']}
        label={t('volunteers.settings.capAtShift')}
        extra={t('volunteers.settings.capAtShiftHint')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
    </>
  );
}
