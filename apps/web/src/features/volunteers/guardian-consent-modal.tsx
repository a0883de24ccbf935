import { CONSENT_METHODS, type ConsentMethod, type GuardianRelation, type IdType } from '@liandong/domain';
import { Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { setFieldErrors } from '../../lib/form-errors.ts';
import { formatDate } from '../../lib/format-time.ts';
import { GuardianFields } from './guardian-fields.tsx';
import { useVolunteerAction } from './use-volunteer-action.ts';
import { volunteerFormErrors } from './volunteer-errors.ts';

interface ConsentValues {
  guardianName: string;
  relation: GuardianRelation;
  phone: string;
  idType?: IdType;
  idNumber?: string;
  expiresOn?: string;
  method: ConsentMethod;
}

/** Records a guardian's consent covering every activity (the paper form signed, or agreed in person). */
export function GuardianConsentModal({
  volunteerId,
  open,
  onClose,
}: {
  volunteerId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ConsentValues>();
  const today = formatDate(Date.now());
  const add = useVolunteerAction(
    (values: ConsentValues) =>
      api.post(`/api/volunteers/${volunteerId}/guardian-consents`, {
        guardianName: values.guardianName.trim(),
        relation: values.relation,
        phone: values.phone.trim(),
        ...(values.idType && values.idNumber ? { idType: values.idType, idNumber: values.idNumber.trim() } : {}),
        scope: 'all',
        ...(values.expiresOn ? { expiresOn: values.expiresOn } : {}),
        method: values.method,
      }),
    t('volunteers.guardian.added'),
  );

  return (
    <Modal
      open={open}
      title={t('volunteers.guardian.add')}
      okText={t('common.save')}
      okButtonProps={{ loading: add.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ConsentValues>
        form={form}
        layout="vertical"
        initialValues={{ method: 'paper' }}
        onFinish={(values) =>
          add.mutate(values, {
            onSuccess: onClose,
            onError: (error) => setFieldErrors(form, volunteerFormErrors(t, error, {})),
          })
        }
      >
        <GuardianFields form={form} today={today} />
        <Form.Item name="method" label={t('volunteers.guardian.method')} rules={[{ required: true }]}>
          <Radio.Group
            options={CONSENT_METHODS.map((method) => ({
              value: method,
              label: t(`volunteers.consentMethods.${method}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="expiresOn"
          label={t('volunteers.guardian.expiresOn')}
          extra={t('volunteers.guardian.expiresHint')}
        >
          <Input type="date" min={today} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
