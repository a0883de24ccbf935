import { Form, type FormInstance, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordRuleHint } from '../../components/password-rule-hint.tsx';
import { meetsPasswordRule } from '../../lib/password-checks.ts';
import { PasswordInput } from '../organizations/password-input.tsx';
import type { VolunteerFormValues } from './volunteer-form-values.ts';

// The username rule of the accounts schema, checked here to answer before the round trip.
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9_.-]{2,31}$/;

/** An optional sign-in account made with the record, so the volunteer can use the phone pages (报名, 签到). */
export function AccountFields({ form }: { form: FormInstance<VolunteerFormValues> }) {
  const { t } = useTranslation();
  const withAccount: boolean | undefined = Form.useWatch('withAccount', form);
  const username: string | undefined = Form.useWatch(['account', 'username'], form);
  const password: string | undefined = Form.useWatch(['account', 'password'], form);
  return (
    <>
      <Form.Item
        name="withAccount"
        label={t('volunteers.form.withAccount')}
        valuePropName="checked"
        extra={t('volunteers.form.withAccountHint')}
      >
        <Switch />
      </Form.Item>
      {withAccount && (
        <>
          <Form.Item
            name={['account', 'username']}
            label={t('volunteers.fields.username')}
            extra={t('volunteers.form.usernameRule')}
            normalize={(value: string) => value.trim().toLowerCase()}
            rules={[{ required: true, pattern: USERNAME_PATTERN, message: t('volunteers.form.usernameRule') }]}
          >
            <Input autoComplete="off" maxLength={32} />
          </Form.Item>
          <Form.Item
            name={['account', 'password']}
            label={t('volunteers.fields.initialPassword')}
            extra={<PasswordRuleHint password={password ?? ''} username={username} />}
            dependencies={[['account', 'username']]}
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
            <PasswordInput />
          </Form.Item>
        </>
      )}
    </>
  );
}
