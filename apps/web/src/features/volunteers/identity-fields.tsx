import { GENDERS, ID_TYPES, type IdType, normalizePhone } from '@liandong/domain';
import { Form, type FormInstance, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { identityProblemOf, residentIdFactsOf } from './identity-check.ts';

/** The legally required identity fields as a form holds them (2012 办法 Art. 6). */
export interface IdentityFormValues {
  name: string;
  gender?: 'male' | 'female';
  birthDate?: string;
  idType: IdType;
  idNumber: string;
  phone: string;
}

interface IdentityFieldsProps<Values extends IdentityFormValues> {
  form: FormInstance<Values>;
  /** Today in Beijing time (YYYY-MM-DD): no birth date after it, and a resident ID is checked against it. */
  today: string;
  /**
   * Editing a record: the numbers on file (masked) stay as they are when left empty. A new document type still
   * needs its number.
   */
  current?: { idType: IdType; idNumberMasked: string; phoneMasked: string };
}

/**
 * 姓名, 证件, 性别, 出生日期 and 手机号码, shared by staff registration and the public sign-up page. A valid
 * 居民身份证 fills in birth date and gender; a wrong one is named ("校验位不正确") before anything is sent.
 */
export function IdentityFields<Values extends IdentityFormValues>({
  form,
  today,
  current,
}: IdentityFieldsProps<Values>) {
  const { t } = useTranslation();
  const idType: IdType | undefined = Form.useWatch('idType', form);
  const typed = form as unknown as FormInstance<IdentityFormValues>;

  const fillFromId = () => {
    const values = typed.getFieldsValue(['idType', 'idNumber']);
    const facts = residentIdFactsOf(values.idType, values.idNumber, today);
    if (!facts) return;
    typed.setFieldsValue({ birthDate: facts.birthDate, gender: facts.gender });
    void typed.validateFields(['birthDate', 'gender']).catch(() => undefined);
  };

  return (
    <>
      <Form.Item
        name="name"
        label={t('volunteers.fields.name')}
        rules={[{ required: true, whitespace: true, message: t('volunteers.form.nameRequired') }, { max: 50 }]}
      >
        <Input maxLength={50} autoComplete="name" placeholder={t('volunteers.form.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="idType" label={t('volunteers.fields.idType')} rules={[{ required: true }]}>
        <Select
          options={ID_TYPES.map((type) => ({ value: type, label: t(`volunteers.idTypes.${type}`) }))}
          onChange={fillFromId}
        />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('volunteers.fields.idNumber')}
        validateTrigger={['onBlur']}
        dependencies={['idType', 'birthDate', 'gender']}
        extra={idType === 'resident_id' ? t('volunteers.form.idNumberAutofill') : undefined}
        rules={[
          {
            required: !current || idType !== current.idType,
            whitespace: true,
            message: t('volunteers.form.idNumberRequired'),
          },
          {
            validator: (_rule, value: string | undefined) => {
              const problem = identityProblemOf({ ...typed.getFieldsValue(), idNumber: value }, today);
              return problem
                ? Promise.reject(new Error(t(`volunteers.identityProblems.${problem}`)))
                : Promise.resolve();
            },
          },
        ]}
      >
        <Input
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          inputMode={idType === 'resident_id' ? 'text' : undefined}
          placeholder={
            current
              ? t('volunteers.form.keepCurrent', { value: current.idNumberMasked })
              : t('volunteers.form.idNumberPlaceholder')
          }
          onChange={fillFromId}
        />
      </Form.Item>
      <Form.Item
        name="gender"
        label={t('volunteers.fields.gender')}
        rules={[{ required: true, message: t('volunteers.form.genderRequired') }]}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={GENDERS.map((gender) => ({ value: gender, label: t(`volunteers.genders.${gender}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="birthDate"
        label={t('volunteers.fields.birthDate')}
        rules={[
          { required: true, message: t('volunteers.form.birthDateRequired') },
          {
            validator: (_rule, value: string | undefined) =>
              !value || value <= today
                ? Promise.resolve()
                : Promise.reject(new Error(t('volunteers.form.birthDateFuture'))),
          },
        ]}
      >
        <Input type="date" max={today} min="1900-01-01" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('volunteers.fields.phone')}
        validateTrigger={['onBlur']}
        rules={[
          { required: !current, whitespace: true, message: t('volunteers.form.phoneRequired') },
          {
            validator: (_rule, value: string | undefined) =>
              !value?.trim() || normalizePhone(value)
                ? Promise.resolve()
                : Promise.reject(new Error(t('volunteers.form.phoneInvalid'))),
          },
        ]}
      >
        <Input
          maxLength={30}
          inputMode="tel"
          autoComplete="tel"
          placeholder={
            current
              ? t('volunteers.form.keepCurrent', { value: current.phoneMasked })
              : t('volunteers.form.phonePlaceholder')
          }
        />
      </Form.Item>
    </>
  );
}
