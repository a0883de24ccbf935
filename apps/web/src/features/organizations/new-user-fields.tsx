import { Form, type FormInstance, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordRuleHint } from '../../components/password-rule-hint.tsx';
import { meetsPasswordRule } from '../../lib/password-checks.ts';
import { PasswordInput } from './password-input.tsx';

// The same rule as memberWithNewUserSchema, checked here to answer before the round trip.
const USERNAME = /^[a-z0-9][a-z0-9_.-]{2,31}$/;

/** Username, name and initial password of an account an administrator creates for a colleague. */
export function NewUserFields({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  const username: string | undefined = Form.useWatch('username', form);
  const password: string | undefined = Form.useWatch('password', form);
  return (
    <>
      <Form.Item
        name="displayName"
        label={t('organizations.members.displayName')}
        rules={[
          { required: true, whitespace: true, message: t('organizations.members.displayNameRequired') },
          { max: 50 },
        ]}
      >
        <Input placeholder={t('organizations.members.displayNamePlaceholder')} maxLength={50} />
      </Form.Item>
      <Form.Item
        name="username"
        label={t('organizations.members.username')}
        extra={t('organizations.members.usernameRule')}
        normalize={(value: string) => value.trim().toLowerCase()}
        rules={[{ required: true, pattern: USERNAME, message: t('organizations.members.usernameRule') }]}
      >
        <Input placeholder={t('organizations.members.usernamePlaceholder')} autoComplete="off" maxLength={32} />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('organizations.members.password')}
        extra={<PasswordRuleHint password={password ?? ''} username={username} />}
        dependencies={['username']}
        rules={[
          { required: true, message: t('organizations.members.passwordRequired') },
          {
            validator: (_rule, value: string | undefined) =>
              !value || meetsPasswordRule(value, form.getFieldValue('username'))
                ? Promise.resolve()
                : Promise.reject(new Error(t('common.passwordRule.tooWeak'))),
          },
        ]}
      >
        <PasswordInput />
      </Form.Item>
    </>
  );
}
