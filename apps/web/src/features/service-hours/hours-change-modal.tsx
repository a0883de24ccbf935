import type { HoursEntry, HoursEntryDetail } from '@liandong/domain';
import { formatHours } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { showServerError } from '../../lib/form-errors.ts';

export type HoursChange = 'correct' | 'void';

interface ChangeValues {
  creditedHours?: number;
  rawMinutes?: number | null;
  reason: string;
}

interface HoursChangeModalProps {
  change: HoursChange | null;
  detail: HoursEntryDetail;
  onClose: () => void;
}

const FIELDS_BY_CODE = {
  'hours.negative_total': 'creditedHours',
  'hours.correction_unchanged': 'creditedHours',
};

/**
 * 更正 states what the record should credit in total (the ledger appends the difference); 作废 cancels it. Either is
 * a new entry waiting for approval, with its reason; the original is never changed.
 */
export function HoursChangeModal({ change, detail, onClose }: HoursChangeModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ChangeValues>();
  const original = detail.chain[0] ?? detail.entry;
  const save = useMutation({
    mutationFn: (values: ChangeValues) =>
      change === 'void'
        ? api.post<HoursEntry>(`/api/service-hours/${original.id}/void`, { reason: values.reason })
        : api.post<HoursEntry>(`/api/service-hours/${original.id}/corrections`, {
            creditedHours: values.creditedHours,
            rawMinutes: values.rawMinutes ?? undefined,
            reason: values.reason,
          }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['service-hours'] });
      void message.success(t(change === 'void' ? 'serviceHours.change.voided' : 'serviceHours.change.corrected'));
      onClose();
    },
    onError: (error) => showServerError({ error, t, message, form, fieldsByCode: FIELDS_BY_CODE }),
  });

  return (
    <Modal
      open={change !== null}
      title={t(change === 'void' ? 'serviceHours.change.voidTitle' : 'serviceHours.change.correctTitle')}
      okText={t(change === 'void' ? 'serviceHours.change.void' : 'serviceHours.change.correct')}
      okButtonProps={{ danger: change === 'void', loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type={change === 'void' ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        title={t(change === 'void' ? 'serviceHours.change.voidHint' : 'serviceHours.change.correctHint', {
          hours: formatHours(detail.net.approvedHundredths),
        })}
      />
      <Form<ChangeValues>
        form={form}
        name="hoursChange"
        layout="vertical"
        preserve={false}
        initialValues={{ creditedHours: detail.net.approvedHundredths / 100 }}
        onFinish={(values) => save.mutate(values)}
      >
        {change === 'correct' && (
          <>
            <Form.Item
              name="creditedHours"
              label={t('serviceHours.change.creditedHours')}
              extra={t('serviceHours.change.creditedHoursHint')}
              rules={[{ required: true, message: t('serviceHours.change.creditedHoursRequired') }]}
            >
              <InputNumber
                min={0}
                max={10000}
                step={0.25}
                precision={2}
                suffix={t('serviceHours.unit')}
                style={{ width: 180 }}
              />
            </Form.Item>
            <Form.Item
              name="rawMinutes"
              label={t('serviceHours.change.rawMinutes')}
              extra={t('serviceHours.change.rawMinutesHint')}
            >
              <InputNumber
                min={0}
                max={1440}
                precision={0}
                suffix={t('serviceHours.minutesUnit')}
                style={{ width: 180 }}
              />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="reason"
          label={t('serviceHours.change.reason')}
          rules={[{ required: true, whitespace: true, message: t('serviceHours.change.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('serviceHours.change.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
