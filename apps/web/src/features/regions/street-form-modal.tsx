import { STREET_KINDS, type Street } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { showServerError } from '../../lib/form-errors.ts';

type StreetKind = (typeof STREET_KINDS)[number];

interface StreetValues {
  name: string;
  kind: StreetKind;
  code?: string | null;
}

interface StreetFormModalProps {
  open: boolean;
  countyCode: string;
  /** Editing this street; without it the modal adds one to the county. */
  street?: Street | null;
  onClose: () => void;
  onSaved?: (street: Street) => void;
}

/** Adds a street (街道), town (镇) or township (乡) to a county, or renames one. */
export function StreetFormModal({ open, countyCode, street, onClose, onSaved }: StreetFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<StreetValues>();

  const save = useMutation({
    mutationFn: (values: StreetValues) => {
      const body = { name: values.name.trim(), kind: values.kind, code: values.code?.trim() || null };
      return street
        ? api.patch<Street>(`/api/streets/${street.id}`, body)
        : api.post<Street>('/api/streets', { ...body, countyCode });
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['streets'] });
      void queryClient.invalidateQueries({ queryKey: ['communities'] });
      void message.success(street ? t('regions.streets.updated') : t('regions.streets.created', { name: saved.name }));
      onSaved?.(saved);
      onClose();
    },
    onError: (error) => showServerError({ error, t, message, form, fieldsByCode: { 'streets.duplicate': 'name' } }),
  });

  return (
    <Modal
      open={open}
      title={street ? t('regions.streets.edit') : t('regions.streets.add')}
      okText={street ? t('common.save') : t('common.create')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<StreetValues>
        name="street"
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={street ? { name: street.name, kind: street.kind, code: street.code } : { kind: 'subdistrict' }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="name"
          label={t('regions.streets.name')}
          rules={[{ required: true, whitespace: true, message: t('regions.streets.nameRequired') }, { max: 50 }]}
        >
          <Input placeholder={t('regions.streets.namePlaceholder')} maxLength={50} />
        </Form.Item>
        <Form.Item name="kind" label={t('regions.streets.kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={STREET_KINDS.map((kind) => ({ value: kind, label: t(`regions.streetKinds.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('regions.streets.code')}
          extra={t('regions.streets.codeHint')}
          rules={[{ pattern: /^\d{9}$/, message: t('regions.streets.codeInvalid') }]}
        >
          <Input inputMode="numeric" maxLength={9} allowClear />
        </Form.Item>
      </Form>
    </Modal>
  );
}
