import { COMMUNITY_TYPES, type Community, type CommunityType, type Street } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { showServerError } from '../../lib/form-errors.ts';

interface CommunityValues {
  streetId?: string;
  name: string;
  type: CommunityType;
  code?: string | null;
  description?: string | null;
}

interface CommunityFormModalProps {
  open: boolean;
  onClose: () => void;
  /** Editing this community (its street stays); without it the modal adds one beneath a street. */
  community?: Community | null;
  streets?: Street[];
  defaultStreetId?: string | null;
  onSaved?: (community: Community) => void;
}

/** Adds a community (社区) or village (村) beneath a street, or edits one. */
export function CommunityFormModal(props: CommunityFormModalProps) {
  const { open, onClose, community, streets = [], defaultStreetId, onSaved } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CommunityValues>();

  const save = useMutation({
    mutationFn: (values: CommunityValues) => {
      const body = {
        name: values.name.trim(),
        type: values.type,
        code: values.code?.trim() || null,
        description: values.description?.trim() ?? '',
      };
      return community
        ? api.patch<Community>(`/api/communities/${community.id}`, body)
        : api.post<Community>('/api/communities', { ...body, streetId: values.streetId });
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['communities'] });
      void queryClient.invalidateQueries({ queryKey: ['streets'] });
      void message.success(
        community ? t('regions.communities.updated') : t('regions.communities.created', { name: saved.name }),
      );
      onSaved?.(saved);
      onClose();
    },
    onError: (error) =>
      showServerError({
        error,
        t,
        message,
        form,
        fieldsByCode: { 'communities.duplicate': 'name', 'streets.not_found': 'streetId' },
      }),
  });

  return (
    <Modal
      open={open}
      title={community ? t('regions.communities.edit') : t('regions.communities.add')}
      okText={community ? t('common.save') : t('common.create')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<CommunityValues>
        name="community"
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          community
            ? { name: community.name, type: community.type, code: community.code, description: community.description }
            : { streetId: defaultStreetId ?? streets[0]?.id }
        }
        onFinish={(values) => save.mutate(values)}
      >
        {!community && (
          <Form.Item
            name="streetId"
            label={t('regions.communities.street')}
            rules={[{ required: true, message: t('regions.communities.streetRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={streets.map((street) => ({ value: street.id, label: street.name }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('regions.communities.name')}
          rules={[{ required: true, whitespace: true, message: t('regions.communities.nameRequired') }, { max: 50 }]}
        >
          <Input placeholder={t('regions.communities.namePlaceholder')} maxLength={50} />
        </Form.Item>
        <Form.Item
          name="type"
          label={t('regions.communities.type')}
          rules={[{ required: true, message: t('regions.communities.typeRequired') }]}
        >
          <Select
            options={COMMUNITY_TYPES.map((type) => ({ value: type, label: t(`regions.communityTypes.${type}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('regions.communities.code')}
          extra={t('regions.communities.codeHint')}
          rules={[{ pattern: /^\d{12}$/, message: t('regions.communities.codeInvalid') }]}
        >
          <Input inputMode="numeric" maxLength={12} allowClear />
        </Form.Item>
        <Form.Item name="description" label={t('regions.communities.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea
            rows={3}
            maxLength={2000}
            showCount
            placeholder={t('regions.communities.descriptionPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
