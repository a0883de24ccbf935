import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { CO_ORGANIZER_ROLES } from '@liandong/domain';
import { Button, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationTreeSelect } from '../volunteers/organization-tree-select.tsx';

/** 协办组织: any number of organizations, each 引领 (leads the joint work) or 协助 (assists). */
export function CoOrganizersField() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('activities.fields.coOrganizers')} extra={t('activities.form.coOrganizersHint')}>
      <Form.List name="coOrganizers">
        {(fields, { add, remove }) => (
          <div style={{ display: 'grid', gap: 8 }}>
            {fields.map((field, index) => (
              <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
                <Form.Item
                  name={[field.name, 'organizationId']}
                  noStyle
                  rules={[{ required: true, message: t('activities.form.coOrganizerRequired') }]}
                >
                  <OrganizationTreeSelect
                    placeholder={t('activities.form.coOrganizerPlaceholder')}
                    aria-label={t('activities.form.coOrganizerLabel', { n: index + 1 })}
                    style={{ flex: 1, minWidth: 0 }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'role']} noStyle initialValue="assist">
                  <Select
                    aria-label={t('activities.form.coOrganizerRoleLabel', { n: index + 1 })}
                    options={CO_ORGANIZER_ROLES.map((value) => ({
                      value,
                      label: t(`activities.coOrganizerRoles.${value}`),
                    }))}
                    style={{ width: 96 }}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('common.remove')}
                  onClick={() => remove(field.name)}
                />
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'assist' })} block>
              {t('activities.form.addCoOrganizer')}
            </Button>
          </div>
        )}
      </Form.List>
    </Form.Item>
  );
}
