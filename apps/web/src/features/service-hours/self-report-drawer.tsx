import type { HoursEntry, MyVolunteer } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Grid, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DrawerActions } from '../../components/drawer-actions.tsx';
import { api } from '../../lib/api.ts';
import { showServerError } from '../../lib/form-errors.ts';
import { todayInShanghai } from '../activities/shanghai-time.ts';
import { formatDuration } from './format-duration.ts';
import { type SelfReportValues, selfReportBodyOf, totalMinutesOf } from './self-report-values.ts';

const FIELDS_BY_CODE = { 'hours.future_date': 'serviceDate', 'volunteers.not_found': 'volunteerId' };

interface SelfReportDrawerProps {
  open: boolean;
  onClose: () => void;
  /** The user's active volunteer records; with more than one, they pick which registry the hours belong to. */
  records: MyVolunteer[];
}

/** 申报时长: a volunteer declares service they did; a coordinator confirms it before it counts. */
export function SelfReportDrawer({ open, onClose, records }: SelfReportDrawerProps) {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().md;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      size={isPhone ? '100%' : 480}
      title={t('serviceHours.selfReport.title')}
    >
      {open && <SelfReportForm records={records} onClose={onClose} />}
    </Drawer>
  );
}

function SelfReportForm({ records, onClose }: Omit<SelfReportDrawerProps, 'open'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SelfReportValues>();
  const hours = Form.useWatch('hours', form);
  const minutes = Form.useWatch('minutes', form);
  const total = totalMinutesOf({ hours, minutes });
  const today = todayInShanghai();
  const save = useMutation({
    mutationFn: (values: SelfReportValues) => api.post<HoursEntry>('/api/me/service-hours', selfReportBodyOf(values)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['me'] });
      void message.success(t('serviceHours.selfReport.sent'));
      onClose();
    },
    onError: (error) => showServerError({ error, t, message, form, fieldsByCode: FIELDS_BY_CODE }),
  });
  const big = { size: 'large' as const };

  return (
    <Form<SelfReportValues>
      form={form}
      name="selfReport"
      layout="vertical"
      initialValues={{ serviceDate: today, volunteerId: records[0]?.id }}
      onFinish={(values) => save.mutate(values)}
      scrollToFirstError
    >
      <Typography.Paragraph type="secondary">{t('serviceHours.selfReport.intro')}</Typography.Paragraph>
      {records.length > 1 && (
        <Form.Item name="volunteerId" label={t('serviceHours.selfReport.registry')} rules={[{ required: true }]}>
          <Select {...big} options={records.map((record) => ({ value: record.id, label: record.registry.name }))} />
        </Form.Item>
      )}
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
        <Input {...big} type="date" max={today} />
      </Form.Item>
      <Form.Item
        label={t('serviceHours.selfReport.length')}
        required
        help={total > 0 ? t('serviceHours.form.lengthHint', { duration: formatDuration(t, total) }) : undefined}
      >
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item
            name="hours"
            noStyle
            dependencies={['minutes']}
            rules={[
              {
                validator: () =>
                  total >= 1 && total <= 1440
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('serviceHours.selfReport.lengthInvalid'))),
              },
            ]}
          >
            <InputNumber
              {...big}
              min={0}
              max={24}
              precision={0}
              inputMode="numeric"
              suffix={t('serviceHours.selfReport.hoursUnit')}
              aria-label={t('serviceHours.selfReport.hours')}
              style={{ flex: 1 }}
            />
          </Form.Item>
          <Form.Item name="minutes" noStyle>
            <InputNumber
              {...big}
              min={0}
              max={59}
              precision={0}
              inputMode="numeric"
              suffix={t('serviceHours.selfReport.minutesUnit')}
              aria-label={t('serviceHours.selfReport.minutes')}
              style={{ flex: 1 }}
            />
          </Form.Item>
        </div>
      </Form.Item>
      <Form.Item
        name="content"
        label={t('serviceHours.form.content')}
        rules={[{ required: true, whitespace: true, message: t('serviceHours.form.contentRequired') }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          showCount
          placeholder={t('serviceHours.selfReport.contentPlaceholder')}
        />
      </Form.Item>
      <Form.Item name="place" label={t('serviceHours.form.place')}>
        <Input {...big} maxLength={200} />
      </Form.Item>
      <Form.Item
        name="leadName"
        label={t('serviceHours.selfReport.leadName')}
        extra={t('serviceHours.selfReport.leadNameHint')}
      >
        <Input {...big} maxLength={50} />
      </Form.Item>
      <DrawerActions>
        <Button size="large" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button size="large" type="primary" htmlType="submit" loading={save.isPending}>
          {t('serviceHours.selfReport.submit')}
        </Button>
      </DrawerActions>
    </Form>
  );
}
