import type { HoursEntry } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Grid, Input, InputNumber, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DrawerActions } from '../../components/drawer-actions.tsx';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { formErrorsOf, setFieldErrors } from '../../lib/form-errors.ts';
import { todayInShanghai } from '../activities/shanghai-time.ts';
import { VolunteerSelect } from '../activities/volunteer-select.tsx';
import { ActivitySelect } from './activity-select.tsx';
import { formatDuration } from './format-duration.ts';
import { type HoursRecordValues, minutesOf, recordBodyOf } from './hours-record-values.ts';

// Server answers that concern one field; the path-less ones are placed by code.
const FIELDS_BY_CODE = {
  'hours.future_date': 'serviceDate',
  'activities.not_found': 'activityId',
  'activities.cancelled': 'activityId',
  'volunteers.not_found': 'volunteerId',
};

/** 录入时长: a coordinator records service for a volunteer; it waits for approval like every entry. */
export function HoursRecordDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().md;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      size={isPhone ? '100%' : 520}
      title={t('serviceHours.form.title')}
    >
      {open && <RecordForm onClose={onClose} />}
    </Drawer>
  );
}

function RecordForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<HoursRecordValues>();
  const values = Form.useWatch([], form) as Partial<HoursRecordValues> | undefined;
  const mode = values?.mode ?? 'minutes';
  const minutes = minutesOf(values ?? {});
  const today = todayInShanghai();

  const save = useMutation({
    mutationFn: (input: HoursRecordValues) => api.post<HoursEntry>('/api/service-hours', recordBodyOf(input)),
    onSuccess: (entry) => {
      void queryClient.invalidateQueries({ queryKey: ['service-hours'] });
      void message.success(t('serviceHours.form.saved', { name: entry.volunteerName }));
      onClose();
    },
    onError: (error) => {
      void message.error(errorText(t, error));
      const fields = formErrorsOf(t, error, FIELDS_BY_CODE).map((field) =>
        // The span travels as instants; their errors belong beside the end time.
        ['startedAt', 'endedAt'].includes(String(field.name[0])) ? { ...field, name: ['endTime'] } : field,
      );
      setFieldErrors(form, fields);
    },
  });

  return (
    <Form<HoursRecordValues>
      form={form}
      name="hoursRecord"
      layout="vertical"
      initialValues={{ serviceDate: today, mode: 'minutes' }}
      onFinish={(input) => save.mutate(input)}
      scrollToFirstError
    >
      <Form.Item
        name="volunteerId"
        label={t('serviceHours.form.volunteer')}
        rules={[{ required: true, message: t('serviceHours.form.volunteerRequired') }]}
      >
        <VolunteerSelect placeholder={t('serviceHours.form.volunteerPlaceholder')} />
      </Form.Item>
      <Form.Item name="activityId" label={t('serviceHours.form.activity')} extra={t('serviceHours.form.activityHint')}>
        <ActivitySelect placeholder={t('serviceHours.form.activityPlaceholder')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="serviceDate"
        label={t('serviceHours.form.serviceDate')}
        rules={[
          { required: true, message: t('serviceHours.form.serviceDateRequired') },
          {
            validator: (_, value?: string) =>
              !value || value <= today
                ? Promise.resolve()
                : Promise.reject(new Error(t('serviceHours.form.futureDate'))),
          },
        ]}
      >
        <Input type="date" max={today} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="mode" label={t('serviceHours.form.mode')}>
        <Segmented
          options={[
            { value: 'minutes', label: t('serviceHours.form.modeMinutes') },
            { value: 'span', label: t('serviceHours.form.modeSpan') },
          ]}
        />
      </Form.Item>
      {mode === 'minutes' ? (
        <Form.Item
          name="rawMinutes"
          label={t('serviceHours.form.rawMinutes')}
          rules={[{ required: true, message: t('serviceHours.form.rawMinutesRequired') }]}
        >
          <InputNumber min={1} max={1440} precision={0} suffix={t('serviceHours.minutesUnit')} style={{ width: 200 }} />
        </Form.Item>
      ) : (
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item
            name="startTime"
            label={t('serviceHours.form.startTime')}
            rules={[{ required: true, message: t('serviceHours.form.timeRequired') }]}
            style={{ flex: 1 }}
          >
            <Input type="time" />
          </Form.Item>
          <Form.Item
            name="endTime"
            label={t('serviceHours.form.endTime')}
            rules={[{ required: true, message: t('serviceHours.form.timeRequired') }]}
            style={{ flex: 1 }}
          >
            <Input type="time" />
          </Form.Item>
        </div>
      )}
      {minutes !== null && minutes > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {t('serviceHours.form.lengthHint', { duration: formatDuration(t, minutes) })}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="content"
        label={t('serviceHours.form.content')}
        rules={[{ required: true, whitespace: true, message: t('serviceHours.form.contentRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('serviceHours.form.contentPlaceholder')} />
      </Form.Item>
      <Form.Item name="place" label={t('serviceHours.form.place')} extra={t('serviceHours.form.placeHint')}>
        <Input maxLength={200} />
      </Form.Item>
      <DrawerActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('serviceHours.form.submit')}
        </Button>
      </DrawerActions>
    </Form>
  );
}
