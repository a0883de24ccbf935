import type { Participation } from '@liandong/domain';
import { Form, Input, Modal, Rate } from 'antd';
import { useTranslation } from 'react-i18next';

interface EvaluationModalProps {
  participation: Participation | null;
  saving: boolean;
  onSave: (values: { rating: number; comment: string }) => void;
  onClose: () => void;
}

/** 评价: the lead's 1–5 star quality evaluation with a comment; it travels with the hours into the ledger. */
export function EvaluationModal({ participation, saving, onSave, onClose }: EvaluationModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ rating: number; comment: string }>();
  return (
    <Modal
      open={participation !== null}
      title={t('activities.roster.evaluateTitle', { name: participation?.volunteerName ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          rating: participation?.evaluation?.rating ?? 5,
          comment: participation?.evaluation?.comment ?? '',
        }}
        onFinish={onSave}
      >
        <Form.Item
          name="rating"
          label={t('activities.roster.rating')}
          rules={[{ required: true, type: 'number', min: 1, message: t('activities.roster.ratingRequired') }]}
        >
          <Rate
            style={{ fontSize: 32 }}
            tooltips={[1, 2, 3, 4, 5].map((n) => t(`activities.roster.ratingLabels.${n}`))}
          />
        </Form.Item>
        <Form.Item name="comment" label={t('activities.roster.comment')} rules={[{ max: 500 }]}>
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 6 }}
            placeholder={t('activities.roster.commentPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
