import {
  isValidUscc,
  LEGAL_STATUSES,
  type LegalStatus,
  ORGANIZATION_KINDS,
  type OrganizationKind,
  type SetupInput,
  usernameSchema,
} from '@liandong/domain';
import { Alert, Button, Col, Divider, Form, type FormInstance, Input, Radio, Row, Select, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PasswordRuleHint } from '../../components/password-rule-hint.tsx';
import { errorText } from '../../lib/error-text.ts';
import { type FieldsByCode, formErrorsOf } from '../../lib/form-errors.ts';
import { meetsPasswordRule } from '../../lib/password-checks.ts';

export interface SetupValues {
  admin: { username: string; displayName: string; password: string; passwordConfirm: string };
  organization: { name: string; shortName?: string; kind: OrganizationKind; legalStatus: LegalStatus; uscc?: string };
}

/** What the server is sent: the confirmation dropped, empty optional fields left out, the code upper-cased. */
export function toSetupInput({ admin, organization }: SetupValues): SetupInput {
  const shortName = organization.shortName?.trim();
  const uscc = organization.uscc?.trim().toUpperCase();
  return {
    admin: {
      username: admin.username.trim().toLowerCase(),
      displayName: admin.displayName.trim(),
      password: admin.password,
    },
    organization: {
      name: organization.name.trim(),
      ...(shortName ? { shortName } : {}),
      kind: organization.kind,
      legalStatus: organization.legalStatus,
      ...(uscc ? { uscc } : {}),
    },
  };
}

// Errors the server ties to one field even without field details.
const FIELDS_BY_CODE: FieldsByCode = {
  'auth.password_too_weak': ['admin', 'password'],
  'users.username_taken': ['admin', 'username'],
  'organizations.uscc_invalid': ['organization', 'uscc'],
};

/** Where a failed submission's message goes: beside the fields it concerns, else (when empty) above the form. */
export function placeSetupError(t: TFunction, error: unknown) {
  return formErrorsOf(t, error, FIELDS_BY_CODE);
}

export interface SetupFormProps {
  submitting: boolean;
  /** A failure that belongs to no single field. */
  formError: unknown;
  onSubmit: (values: SetupValues) => void;
  form: FormInstance<SetupValues>;
}

/** The two sections of first-run setup: the first platform administrator, then the first organization. */
export function SetupForm({ submitting, formError, onSubmit, form }: SetupFormProps) {
  const { t } = useTranslation();
  const username = Form.useWatch(['admin', 'username'], form) ?? '';
  const password = Form.useWatch(['admin', 'password'], form) ?? '';
  const half = { xs: 24, sm: 12 };

  return (
    <Form<SetupValues>
      form={form}
      layout="vertical"
      requiredMark="optional"
      disabled={submitting}
      initialValues={{ organization: { legalStatus: 'none' } }}
      onFinish={onSubmit}
      scrollToFirstError={{ block: 'center' }}
    >
      <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 4 }}>
        1. {t('setup.adminSection')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('setup.adminSectionHint')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item
            label={t('setup.username')}
            name={['admin', 'username']}
            normalize={(value: string) => value.replace(/\s/g, '').toLowerCase()}
            extra={t('setup.usernameHint')}
            rules={[
              { required: true, message: t('setup.usernameRequired') },
              {
                validator: (_, value: string) =>
                  !value || usernameSchema.safeParse(value).success
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('setup.usernameInvalid'))),
              },
            ]}
          >
            <Input autoComplete="username" autoCapitalize="none" spellCheck={false} maxLength={32} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            label={t('setup.displayName')}
            name={['admin', 'displayName']}
            rules={[{ required: true, whitespace: true, message: t('setup.displayNameRequired') }]}
          >
            <Input placeholder={t('setup.displayNamePlaceholder')} autoComplete="name" maxLength={50} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            label={t('setup.password')}
            name={['admin', 'password']}
            dependencies={[['admin', 'username']]}
            extra={<PasswordRuleHint password={password} username={username} />}
            rules={[
              { required: true, message: t('setup.passwordRequired') },
              {
                validator: (_, value: string) =>
                  !value || meetsPasswordRule(value, form.getFieldValue(['admin', 'username']))
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('common.passwordRule.tooWeak'))),
              },
            ]}
          >
            <Input.Password autoComplete="new-password" maxLength={128} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            label={t('setup.passwordConfirm')}
            name={['admin', 'passwordConfirm']}
            dependencies={[['admin', 'password']]}
            rules={[
              { required: true, message: t('setup.passwordConfirmRequired') },
              {
                validator: (_, value: string) =>
                  !value || value === form.getFieldValue(['admin', 'password'])
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('common.passwordRule.mismatch'))),
              },
            ]}
          >
            <Input.Password autoComplete="new-password" maxLength={128} />
          </Form.Item>
        </Col>
      </Row>

      <Divider style={{ margin: '8px 0 20px' }} />
      <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 4 }}>
        2. {t('setup.organizationSection')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('setup.organizationSectionHint')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24}>
          <Form.Item
            label={t('setup.organizationName')}
            name={['organization', 'name']}
            rules={[{ required: true, whitespace: true, message: t('setup.organizationNameRequired') }]}
          >
            <Input placeholder={t('setup.organizationNamePlaceholder')} maxLength={100} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={t('setup.shortName')} name={['organization', 'shortName']}>
            <Input placeholder={t('setup.shortNamePlaceholder')} maxLength={30} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            label={t('setup.kind')}
            name={['organization', 'kind']}
            rules={[{ required: true, message: t('setup.kindRequired') }]}
          >
            <Select
              placeholder={t('setup.kindPlaceholder')}
              options={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`organizations.kinds.${kind}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item label={t('setup.legalStatus')} name={['organization', 'legalStatus']} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={LEGAL_STATUSES.map((status) => ({
                value: status,
                label: t(`organizations.legalStatuses.${status}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            label={t('setup.uscc')}
            name={['organization', 'uscc']}
            normalize={(value: string) => value.replace(/\s/g, '').toUpperCase()}
            extra={t('setup.usccHint')}
            validateDebounce={300}
            rules={[
              {
                validator: (_, value: string) =>
                  !value || isValidUscc(value) ? Promise.resolve() : Promise.reject(new Error(t('setup.usccInvalid'))),
              },
            ]}
          >
            <Input
              maxLength={18}
              spellCheck={false}
              style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' }}
            />
          </Form.Item>
        </Col>
      </Row>

      {formError ? (
        <Alert type="error" showIcon title={errorText(t, formError)} role="alert" style={{ marginBottom: 16 }} />
      ) : null}
      <Button type="primary" htmlType="submit" size="large" block loading={submitting} style={{ marginTop: 8 }}>
        {t('setup.submit')}
      </Button>
    </Form>
  );
}
