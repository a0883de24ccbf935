import { AimOutlined } from '@ant-design/icons';
import { App, Button, Form, type FormInstance, Input, InputNumber, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readLocation } from '../checkin/read-location.ts';
import type { ActivityFormValues } from './activity-form-values.ts';

const DEFAULT_GEOFENCE_M = 200;

/**
 * 地点: the address, optional coordinates (typed, or taken from this device with 使用当前位置) and the geofence a
 * check-in location is held to, which needs coordinates.
 */
export function PlaceFields({ form }: { form: FormInstance<ActivityFormValues> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [locating, setLocating] = useState(false);
  const latitude = Form.useWatch('latitude', form);
  const longitude = Form.useWatch('longitude', form);
  const located = typeof latitude === 'number' && typeof longitude === 'number';

  const takeCurrentLocation = async () => {
    setLocating(true);
    const here = await readLocation(10_000);
    setLocating(false);
    if (!here) {
      void message.warning(t('activities.form.locationUnavailable'));
      return;
    }
    form.setFieldsValue({
      latitude: Math.round(here.latitude * 1e6) / 1e6,
      longitude: Math.round(here.longitude * 1e6) / 1e6,
      geofenceM: form.getFieldValue('geofenceM') ?? DEFAULT_GEOFENCE_M,
    });
    void message.success(t('activities.form.locationTaken', { accuracy: here.accuracyM ?? '?' }));
  };

  return (
    <>
      <Form.Item name="address" label={t('activities.fields.address')} rules={[{ max: 200 }]}>
        <Input placeholder={t('activities.form.addressPlaceholder')} />
      </Form.Item>
      <Form.Item label={t('activities.fields.coordinates')} extra={t('activities.form.coordinatesHint')}>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item name="latitude" noStyle>
            <InputNumber
              min={-90}
              max={90}
              step={0.000001}
              placeholder={t('activities.fields.latitude')}
              aria-label={t('activities.fields.latitude')}
              style={{ width: '50%' }}
            />
          </Form.Item>
          <Form.Item name="longitude" noStyle>
            <InputNumber
              min={-180}
              max={180}
              step={0.000001}
              placeholder={t('activities.fields.longitude')}
              aria-label={t('activities.fields.longitude')}
              style={{ width: '50%' }}
            />
          </Form.Item>
        </Space.Compact>
        <Button
          icon={<AimOutlined />}
          loading={locating}
          onClick={() => void takeCurrentLocation()}
          style={{ marginTop: 8 }}
        >
          {t('activities.form.useCurrentLocation')}
        </Button>
      </Form.Item>
      <Form.Item
        name="geofenceM"
        label={t('activities.fields.geofenceM')}
        extra={located ? t('activities.form.geofenceHint') : t('activities.form.geofenceNeedsCoordinates')}
      >
        <InputNumber
          min={20}
          max={5000}
          step={50}
          disabled={!located}
          suffix={t('activities.form.metres')}
          style={{ width: '100%' }}
        />
      </Form.Item>
    </>
  );
}
