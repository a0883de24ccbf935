import type { SelfRegistrationPage } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Divider, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { setFieldErrors } from '../../lib/form-errors.ts';
import { formatDate } from '../../lib/format-time.ts';
import { SESSION_KEY } from '../../lib/use-session.ts';
import { GuardianFields } from '../volunteers/guardian-fields.tsx';
import { IdentityFields } from '../volunteers/identity-fields.tsx';
import { VOLUNTEER_FIELDS_BY_CODE, volunteerFormErrors } from '../volunteers/volunteer-errors.ts';
import { PrivacyNotice } from './privacy-notice.tsx';
import { SignupAccountFields } from './signup-account-fields.tsx';
import { minorNeedsOf, type SignupFormValues, signupBodyOf } from './signup-values.ts';

// The sign-up body has the account at the top level (username, password), not under `account`.
const FIELDS_BY_CODE = {
  ...VOLUNTEER_FIELDS_BY_CODE,
  'users.username_taken': 'username',
  'auth.password_too_weak': 'password',
  'volunteers.guardian_consent_required': ['guardian', 'guardianName'],
};

interface SignupFormProps {
  page: SelfRegistrationPage;
  onDone: () => void;
  onClosed: () => void;
}

/** The self-registration form, one column for a phone: consent, identity, skills, account, guardian when needed. */
export function SignupForm({ page, onDone, onClosed }: SignupFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SignupFormValues>();
  const today = formatDate(Date.now());
  const birthDate: string | undefined = Form.useWatch('birthDate', form);
  const needs = minorNeedsOf(birthDate, page.minorsPolicy, today);

  const submit = useMutation({
    mutationFn: (values: SignupFormValues) =>
      api.post(
        `/api/public/volunteer-signup/${page.organization.id}`,
        signupBodyOf(values, Boolean(needs?.guardianConsent)),
      ),
    onSuccess: () => {
      // The server signed the new volunteer in; the app's pages must see the session.
      void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      onDone();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'volunteers.registration_closed') return onClosed();
      const fields = volunteerFormErrors(t, error, FIELDS_BY_CODE);
      if (fields.length > 0) setFieldErrors(form, fields);
    },
  });
  const duplicate = submit.error instanceof ApiError && submit.error.code === 'volunteers.already_registered';

  return (
    <Form<SignupFormValues>
      name="volunteerSignup"
      form={form}
      layout="vertical"
      size="large"
      requiredMark={false}
      initialValues={{ idType: 'resident_id', skills: [] }}
      onFinish={(values) => submit.mutate(values)}
      scrollToFirstError
    >
      <PrivacyNotice registryName={page.registry.name} />
      <IdentityFields form={form} today={today} />
      {needs && (
        <Alert
          type={needs.forbidden ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          title={t('volunteers.minor.title', { age: needs.age })}
          description={t(
            `volunteers.minor.self.${needs.forbidden ? 'forbidden' : needs.accompanied ? 'accompanied' : needs.guardianConsent ? 'consent' : 'none'}`,
          )}
        />
      )}
      {page.skills.length > 0 && (
        <Form.Item name="skills" label={t('volunteers.signup.skills')} extra={t('volunteers.signup.skillsHint')}>
          <Checkbox.Group style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '10px 8px' }}>
            {page.skills.map((skill) => (
              <Checkbox key={skill.code} value={skill.code} style={{ fontSize: 15 }}>
                {skill.name}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
      )}
      {needs?.guardianConsent && !needs.forbidden && (
        <>
          <Divider titlePlacement="start" plain>
            {t('volunteers.signup.guardianSection')}
          </Divider>
          <Typography.Paragraph type="secondary">{t('volunteers.signup.guardianHint')}</Typography.Paragraph>
          <GuardianFields form={form} prefix={['guardian']} today={today} />
        </>
      )}
      <Divider titlePlacement="start" plain>
        {t('volunteers.signup.accountSection')}
      </Divider>
      <SignupAccountFields form={form} />
      {submit.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={duplicate ? t('volunteers.signup.duplicate') : errorText(t, submit.error)}
          description={duplicate ? t('volunteers.signup.duplicateHint') : undefined}
        />
      )}
      <Button type="primary" htmlType="submit" block loading={submit.isPending} disabled={needs?.forbidden}>
        {t('volunteers.signup.submit')}
      </Button>
    </Form>
  );
}
