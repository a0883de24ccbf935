import { type Membership, ROLES, type Role } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Grid, Segmented, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DrawerActions } from '../../components/drawer-actions.tsx';
import { api } from '../../lib/api.ts';
import { showServerError } from '../../lib/form-errors.ts';
import { NewUserFields } from './new-user-fields.tsx';
import { UserSelect } from './user-select.tsx';

type Mode = 'new' | 'existing';

interface AddMemberValues {
  userId?: string;
  username?: string;
  displayName?: string;
  password?: string;
  role: Role;
}

const FIELDS_BY_CODE = {
  'users.username_taken': 'username',
  'auth.password_too_weak': 'password',
  'memberships.duplicate': 'role',
  'users.not_found': 'userId',
};

/** Adds a member with a role: by creating their account, or by choosing an account that exists. */
export function AddMemberDrawer({
  organizationId,
  open,
  onClose,
}: {
  organizationId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const isPhone = !Grid.useBreakpoint().md;
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>('new');
  const [form] = Form.useForm<AddMemberValues>();

  const add = useMutation({
    mutationFn: (values: AddMemberValues) =>
      mode === 'new'
        ? api.post<Membership>(`/api/organizations/${organizationId}/members/new-user`, {
            username: values.username,
            displayName: values.displayName,
            password: values.password,
            role: values.role,
          })
        : api.post<Membership>(`/api/organizations/${organizationId}/members`, {
            userId: values.userId,
            role: values.role,
          }),
    onSuccess: (membership, values) => {
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      const role = t(`roles.${membership.role}`);
      void message.success(t('organizations.members.added', { name: membership.displayName, role }));
      if (mode === 'new') {
        // The one moment the initial password is on screen: show it so it can be passed on.
        modal.success({
          title: t('organizations.members.accountCreatedTitle'),
          content: (
            <div>
              <p>{t('organizations.members.accountCreatedText')}</p>
              <p>
                {t('organizations.members.username')}：<strong>{membership.username}</strong>
                <br />
                {t('organizations.members.password')}：<strong>{values.password}</strong>
              </p>
            </div>
          ),
        });
      }
      form.resetFields();
      onClose();
    },
    onError: (error) => showServerError({ error, t, message, form, fieldsByCode: FIELDS_BY_CODE }),
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      size={isPhone ? '100%' : 480}
      title={t('organizations.members.addTitle')}
    >
      <Segmented<Mode>
        block
        value={mode}
        onChange={setMode}
        options={[
          { value: 'new', label: t('organizations.members.newUser') },
          { value: 'existing', label: t('organizations.members.existingUser') },
        ]}
        style={{ marginBottom: 20 }}
      />
      <Form<AddMemberValues>
        name="member"
        form={form}
        layout="vertical"
        onFinish={(values) => add.mutate(values)}
        preserve={false}
      >
        {mode === 'new' ? (
          <NewUserFields form={form} />
        ) : (
          <Form.Item
            name="userId"
            label={t('organizations.members.user')}
            rules={[{ required: true, message: t('organizations.members.userRequired') }]}
          >
            <UserSelect />
          </Form.Item>
        )}
        <Form.Item
          name="role"
          label={t('organizations.members.role')}
          rules={[{ required: true, message: t('organizations.members.roleRequired') }]}
        >
          <Select
            placeholder={t('organizations.members.rolePlaceholder')}
            options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          />
        </Form.Item>
        <DrawerActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            {t('organizations.members.add')}
          </Button>
        </DrawerActions>
      </Form>
    </Drawer>
  );
}
