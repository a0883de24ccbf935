import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordRuleHint } from '../../components/password-rule-hint.tsx';
import { api } from '../../lib/api.ts';
import { showServerError } from '../../lib/form-errors.ts';
import { meetsPasswordRule } from '../../lib/password-checks.ts';
import { PasswordInput } from './password-input.tsx';

export interface ResetPasswordTarget {
  userId: string;
  username: string;
  displayName: string;
}

/** An administrator sets a new password for a member who forgot theirs; the modal itself is the confirmation. */
export function ResetPasswordModal({ target, onClose }: { target: ResetPasswordTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const newPassword: string | undefined = Form.useWatch('newPassword', form);

  const reset = useMutation({
    mutationFn: ({ userId, newPassword }: { userId: string; newPassword: string }) =>
      api.post(`/api/users/${userId}/reset-password`, { newPassword }),
    onSuccess: () => {
      void message.success(t('organizations.members.resetDone', { name: target?.displayName }));
      onClose();
    },
    onError: (error) =>
      showServerError({ error, t, message, form, fieldsByCode: { 'auth.password_too_weak': 'newPassword' } }),
  });

  return (
    <Modal
      open={Boolean(target)}
      title={target ? t('organizations.members.resetTitle', { name: target.displayName }) : null}
      okText={t('organizations.members.resetConfirm')}
      okButtonProps={{ danger: true, loading: reset.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {target && (
        <>
          <Alert
            type="warning"
            showIcon
            title={t('organizations.members.resetText', { name: target.displayName })}
            style={{ marginBottom: 16 }}
          />
          <Form
            name="resetPassword"
            form={form}
            layout="vertical"
            preserve={false}
            onFinish={({ newPassword }) => reset.mutate({ userId: target.userId, newPassword })}
          >
            <Form.Item
              name="newPassword"
              label={t('organizations.members.newPassword')}
              extra={<PasswordRuleHint password={newPassword ?? ''} username={target.username} />}
              rules={[
                { required: true, message: t('organizations.members.passwordRequired') },
                {
                  validator: (_rule, value: string | undefined) =>
                    !value || meetsPasswordRule(value, target.username)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('common.passwordRule.tooWeak'))),
                },
              ]}
            >
              <PasswordInput />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
