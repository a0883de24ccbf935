import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Form, type FormInstance, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordRuleHint } from '../../components/password-rule-hint.tsx';
import { meetsPasswordRule } from '../../lib/password-checks.ts';
import { USERNAME_PATTERN } from '../volunteers/account-fields.tsx';
import type { SignupFormValues } from './signup-values.ts';

/** The username and password the new volunteer signs in with, the rule ticking itself off as they type. */
export function SignupAccountFields({ form }: { form: FormInstance<SignupFormValues> }) {
  const { t } = useTranslation();
  const username: string | undefined = Form.useWatch('username', form);
  const password: string | undefined = Form.useWatch('password', form);
  return (
    <>
      <Form.Item
        name="username"
        label={t('volunteers.fields.username')}
        extra={t('volunteers.form.usernameRule')}
        normalize={(value: string) => value.trim().toLowerCase()}
        rules={[{ required: true, pattern: USERNAME_PATTERN, message: t('volunteers.form.usernameRule') }]}
      >
        <Input
          prefix={<UserOutlined aria-hidden />}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={32}
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('volunteers.signup.password')}
        extra={<PasswordRuleHint password={password ?? ''} username={username} />}
        dependencies={['username']}
        rules={[
          { required: true, message: t('volunteers.form.passwordRequired') },
          {
            validator: (_rule, value: string | undefined) =>
              !value || meetsPasswordRule(value, username)
                ? Promise.resolve()
                : Promise.reject(new Error(t('common.passwordRule.tooWeak'))),
          },
        ]}
      >
        <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="new-password" maxLength={128} />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('volunteers.signup.confirmPassword')}
        dependencies={['password']}
        rules={[
          { required: true, message: t('volunteers.signup.confirmRequired') },
          {
            validator: (_rule, value: string | undefined) =>
              !value || value === form.getFieldValue('password')
                ? Promise.resolve()
                : Promise.reject(new Error(t('common.passwordRule.mismatch'))),
          },
        ]}
      >
        <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="new-password" maxLength={128} />
      </Form.Item>
    </>
  );
}
