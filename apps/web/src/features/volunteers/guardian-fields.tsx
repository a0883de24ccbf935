import { GUARDIAN_RELATIONS, ID_TYPES, type IdType, normalizePhone } from '@liandong/domain';
import { Form, type FormInstance, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { identityProblemOf } from './identity-check.ts';

interface GuardianFieldsProps {
  // biome-ignore lint/suspicious/noExplicitAny: the fields sit in forms of different shapes (a consent, a sign-up)
  form: FormInstance<any>;
  /** Where the fields sit in the form's values: [] for a consent form, ['guardian'] on the sign-up page. */
  prefix?: string[];
  today: string;
}

/** 监护人姓名, 关系, 电话 and an optional 证件 (checked like the volunteer's own), for a minor's guardian consent. */
export function GuardianFields({ form, prefix = [], today }: GuardianFieldsProps) {
  const { t } = useTranslation();
  const name = (field: string) => [...prefix, field];
  const idType: IdType | undefined = Form.useWatch(name('idType'), form);
  return (
    <>
      <Form.Item
        name={name('guardianName')}
        label={t('volunteers.guardian.name')}
        rules={[{ required: true, whitespace: true, message: t('volunteers.guardian.nameRequired') }, { max: 50 }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name={name('relation')}
        label={t('volunteers.guardian.relation')}
        rules={[{ required: true, message: t('volunteers.guardian.relationRequired') }]}
      >
        <Select
          placeholder={t('volunteers.guardian.relationPlaceholder')}
          options={GUARDIAN_RELATIONS.map((relation) => ({
            value: relation,
            label: t(`volunteers.relations.${relation}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name={name('phone')}
        label={t('volunteers.guardian.phone')}
        validateTrigger={['onBlur']}
        rules={[
          { required: true, whitespace: true, message: t('volunteers.form.phoneRequired') },
          {
            validator: (_rule, value: string | undefined) =>
              !value?.trim() || normalizePhone(value)
                ? Promise.resolve()
                : Promise.reject(new Error(t('volunteers.form.phoneInvalid'))),
          },
        ]}
      >
        <Input maxLength={30} inputMode="tel" />
      </Form.Item>
      <Form.Item name={name('idType')} label={t('volunteers.guardian.idType')}>
        <Select
          allowClear
          placeholder={t('volunteers.guardian.idTypePlaceholder')}
          options={ID_TYPES.map((type) => ({ value: type, label: t(`volunteers.idTypes.${type}`) }))}
        />
      </Form.Item>
      {idType && (
        <Form.Item
          name={name('idNumber')}
          label={t('volunteers.guardian.idNumber')}
          validateTrigger={['onBlur']}
          rules={[
            { required: true, whitespace: true, message: t('volunteers.form.idNumberRequired') },
            {
              validator: (_rule, value: string | undefined) => {
                const problem = identityProblemOf({ idType, idNumber: value }, today);
                return problem
                  ? Promise.reject(new Error(t(`volunteers.identityProblems.${problem}`)))
                  : Promise.resolve();
              },
            },
          ]}
        >
          <Input maxLength={40} autoComplete="off" spellCheck={false} />
        </Form.Item>
      )}
    </>
  );
}
