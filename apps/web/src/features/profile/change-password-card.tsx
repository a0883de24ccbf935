import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordRuleHint } from '../../components/password-rule-hint.tsx';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { type FieldsByCode, formErrorsOf, setFieldErrors } from '../../lib/form-errors.ts';
import { meetsPasswordRule } from '../../lib/password-checks.ts';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

// Errors that concern one field; their wording goes under it rather than above the form.
const FIELDS_BY_CODE: FieldsByCode = {
  'auth.wrong_password': 'currentPassword',
  'auth.password_too_weak': 'newPassword',
};

/** The user's own password change; the server ends their other sessions, which the success note says. */
export function ChangePasswordCard({ username }: { username: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PasswordValues>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: PasswordValues) =>
      api.post('/api/auth/password', { currentPassword, newPassword }),
    onSuccess: () => form.resetFields(),
    onError: (error) => setFieldErrors(form, formErrorsOf(t, error, FIELDS_BY_CODE)),
  });
  const generalError = change.error && formErrorsOf(t, change.error, FIELDS_BY_CODE).length === 0;

  return (
    <Card title={t('profile.changePassword')}>
      {change.isSuccess && (
        <Alert
          type="success"
          showIcon
          title={t('profile.changed')}
          description={t('profile.changedNote')}
          closable={{ onClose: () => change.reset() }}
          style={{ marginBottom: 16 }}
        />
      )}
      {generalError && (
        <Alert type="error" showIcon title={errorText(t, change.error)} role="alert" style={{ marginBottom: 16 }} />
      )}
      <Form<PasswordValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={change.isPending}
        onFinish={(values) => change.mutate(values)}
        onValuesChange={() => change.isSuccess && change.reset()}
        style={{ maxWidth: 440 }}
      >
        {/* Lets password managers file the new password under the right account. */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <Form.Item
          label={t('profile.currentPassword')}
          name="currentPassword"
          rules={[{ required: true, message: t('profile.currentPasswordRequired') }]}
        >
          <Input.Password autoComplete="current-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          label={t('profile.newPassword')}
          name="newPassword"
          extra={<PasswordRuleHint password={newPassword} username={username} />}
          rules={[
            { required: true, message: t('profile.newPasswordRequired') },
            {
              validator: (_, value: string) =>
                !value || meetsPasswordRule(value, username)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('common.passwordRule.tooWeak'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          label={t('profile.confirmPassword')}
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('profile.confirmPasswordRequired') },
            {
              validator: (_, value: string) =>
                !value || value === form.getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('common.passwordRule.mismatch'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('profile.submit')}
        </Button>
      </Form>
    </Card>
  );
}
