import { isValidUscc, LEGAL_STATUSES, ORGANIZATION_KINDS } from '@liandong/domain';
import { Divider, Form, type FormInstance, Input, Radio, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { CommunitySelect } from '../regions/community-select.tsx';
import { type CountyOption, CountySelect } from '../regions/county-select.tsx';
import type { OrganizationFormValues } from './organization-form-values.ts';

export interface ParentTreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children: ParentTreeOption[];
}

interface OrganizationFormFieldsProps {
  form: FormInstance<OrganizationFormValues>;
  parentOptions: ParentTreeOption[];
  /** A platform administrator may leave the parent empty to create a top-level organization. */
  parentOptional: boolean;
  /** Why the parent cannot be changed here, shown in its place; undefined when it can. */
  parentLockedLabel?: string;
  parentHelp?: string;
  county: CountyOption | null;
  onCountyChange: (county: CountyOption | null) => void;
  communityName?: string | null;
}

/** Every field of an organization, in one column, as the create and edit drawers show them. */
export function OrganizationFormFields(props: OrganizationFormFieldsProps) {
  const { form, parentOptions, parentOptional, parentLockedLabel, parentHelp, county, onCountyChange, communityName } =
    props;
  const { t } = useTranslation();
  const parentLocked = parentLockedLabel !== undefined;
  const regionCode = Form.useWatch('regionCode', form);
  const legalStatus = Form.useWatch('legalStatus', form);

  return (
    <>
      <Divider titlePlacement="start" plain>
        {t('organizations.form.sectionBasic')}
      </Divider>
      <Form.Item
        name="name"
        label={t('organizations.fields.name')}
        rules={[{ required: true, whitespace: true, message: t('organizations.form.nameRequired') }, { max: 100 }]}
      >
        <Input placeholder={t('organizations.form.namePlaceholder')} maxLength={100} />
      </Form.Item>
      <Form.Item name="shortName" label={t('organizations.fields.shortName')} rules={[{ max: 30 }]}>
        <Input placeholder={t('organizations.form.shortNamePlaceholder')} maxLength={30} allowClear />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('organizations.fields.kind')}
        rules={[{ required: true, message: t('organizations.form.kindRequired') }]}
      >
        <Select
          placeholder={t('organizations.form.kindPlaceholder')}
          options={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`organizations.kinds.${kind}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="parentId"
        label={t('organizations.fields.parent')}
        extra={parentHelp}
        rules={
          parentOptional || parentLocked ? [] : [{ required: true, message: t('organizations.form.parentRequired') }]
        }
      >
        <TreeSelect
          treeData={parentOptions}
          disabled={parentLocked}
          placeholder={
            parentLockedLabel
              ? parentLockedLabel
              : parentOptional
                ? t('organizations.form.parentNone')
                : t('organizations.form.parentPlaceholder')
          }
          allowClear={parentOptional}
          treeDefaultExpandAll
          showSearch={{ treeNodeFilterProp: 'title' }}
        />
      </Form.Item>
      <Form.Item name="legalStatus" label={t('organizations.fields.legalStatus')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={LEGAL_STATUSES.map((status) => ({
            value: status,
            label: t(`organizations.legalStatuses.${status}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="uscc"
        label={t('organizations.fields.uscc')}
        normalize={(value: string) => value.toUpperCase().replace(/\s/g, '')}
        extra={legalStatus === 'registered' ? t('organizations.form.usccHintRegistered') : undefined}
        rules={[
          {
            validator: (_rule, value: string | undefined) =>
              !value || isValidUscc(value)
                ? Promise.resolve()
                : Promise.reject(new Error(t('organizations.form.usccInvalid'))),
          },
        ]}
      >
        <Input maxLength={18} allowClear placeholder={t('organizations.form.usccPlaceholder')} />
      </Form.Item>

      <Divider titlePlacement="start" plain>
        {t('organizations.form.sectionLocation')}
      </Divider>
      <Form.Item name="regionCode" label={t('organizations.fields.region')}>
        <CountySelect
          allowClear
          current={county}
          placeholder={t('organizations.form.regionPlaceholder')}
          onChange={(_code, picked) => {
            onCountyChange(picked);
            form.setFieldValue('communityId', null);
          }}
        />
      </Form.Item>
      <Form.Item name="communityId" label={t('organizations.fields.community')}>
        <CommunitySelect
          countyCode={regionCode}
          currentName={communityName}
          placeholder={t('organizations.form.communityPlaceholder')}
          disabledHint={t('organizations.form.communityNeedsRegion')}
        />
      </Form.Item>
      <Form.Item name="address" label={t('organizations.fields.address')} rules={[{ max: 200 }]}>
        <Input maxLength={200} allowClear />
      </Form.Item>

      <Divider titlePlacement="start" plain>
        {t('organizations.form.sectionContact')}
      </Divider>
      <Form.Item name="contactName" label={t('organizations.fields.contactName')} rules={[{ max: 50 }]}>
        <Input maxLength={50} allowClear />
      </Form.Item>
      <Form.Item name="contactPhone" label={t('organizations.fields.contactPhone')} rules={[{ max: 30 }]}>
        <Input maxLength={30} allowClear inputMode="tel" />
      </Form.Item>
      <Form.Item name="description" label={t('organizations.fields.description')} rules={[{ max: 2000 }]}>
        <Input.TextArea
          rows={4}
          maxLength={2000}
          showCount
          placeholder={t('organizations.form.descriptionPlaceholder')}
        />
      </Form.Item>
    </>
  );
}
