import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

interface DeclineModalProps {
  open: boolean;
  count: number;
  pending: boolean;
  onCancel: () => void;
  onDecline: (note: string) => void;
}

/** 退回: the note tells the volunteer (and whoever recorded the hours) why, so it is asked for every time. */
export function DeclineModal({ open, count, pending, onCancel, onDecline }: DeclineModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  return (
    <Modal
      open={open}
      title={count === 1 ? t('serviceHours.bulk.declineOne') : t('serviceHours.bulk.declineTitle', { count })}
      okText={count === 1 ? t('serviceHours.detail.decline') : t('serviceHours.bulk.decline')}
      okButtonProps={{ danger: true, loading: pending }}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form
        form={form}
        name="declineHours"
        layout="vertical"
        onFinish={({ note }) => onDecline(note.trim())}
        preserve={false}
      >
        <Form.Item
          name="note"
          label={t('serviceHours.bulk.note')}
          rules={[{ required: true, whitespace: true, message: t('serviceHours.bulk.noteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('serviceHours.bulk.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
