import type { SkillOption, VolunteerProfile } from '@liandong/domain';
import { Divider, Form, type FormInstance, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrganizationTree } from '../organizations/use-organization-tree.ts';
import { AccountFields } from './account-fields.tsx';
import { IdentityFields } from './identity-fields.tsx';
import { MinorNotice } from './minor-notice.tsx';
import { OrganizationTreeSelect } from './organization-tree-select.tsx';
import { VOLUNTEER_UNIT_KINDS } from './registry-roots.ts';
import { useRegistrySettings } from './use-registry-settings.ts';
import type { VolunteerFormValues } from './volunteer-form-values.ts';

interface VolunteerFormFieldsProps {
  form: FormInstance<VolunteerFormValues>;
  today: string;
  /** The record being edited; without it the fields register a new volunteer. */
  profile?: VolunteerProfile;
}

/** 所属组织, identity, skills and 全国志愿者编号, and for a new volunteer an optional sign-in account. */
export function VolunteerFormFields({ form, today, profile }: VolunteerFormFieldsProps) {
  const { t } = useTranslation();
  const nodes = useOrganizationTree().data?.items ?? [];
  const homeId: string | undefined = Form.useWatch('homeOrganizationId', form);
  const birthDate: string | undefined = Form.useWatch('birthDate', form);
  const settings = useRegistrySettings(homeId).data;
  const skills: readonly SkillOption[] = settings?.settings.skills ?? [];
  // Where the subtree has 义工联, stations or teams, volunteers belong to one of them; else to any organization.
  const hasUnits = nodes.some((node) => VOLUNTEER_UNIT_KINDS.includes(node.kind));

  return (
    <>
      <Form.Item
        name="homeOrganizationId"
        label={t('volunteers.fields.homeOrganization')}
        extra={settings ? t('volunteers.form.registryOf', { name: settings.registry.name }) : undefined}
        rules={[{ required: true, message: t('volunteers.form.homeRequired') }]}
      >
        <OrganizationTreeSelect
          kinds={hasUnits ? VOLUNTEER_UNIT_KINDS : undefined}
          placeholder={t('volunteers.form.homePlaceholder')}
        />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        {t('volunteers.form.sectionIdentity')}
      </Divider>
      <IdentityFields
        form={form}
        today={today}
        current={
          profile && {
            idType: profile.idType,
            idNumberMasked: profile.idNumberMasked,
            phoneMasked: profile.phoneMasked,
          }
        }
      />
      <MinorNotice birthDate={birthDate} today={today} policy={settings?.settings.minorsPolicy} />
      <Divider titlePlacement="start" plain>
        {t('volunteers.form.sectionService')}
      </Divider>
      <Form.Item name="skills" label={t('volunteers.fields.skills')}>
        <Select
          mode="multiple"
          allowClear
          disabled={!homeId}
          placeholder={homeId ? t('volunteers.form.skillsPlaceholder') : t('volunteers.form.skillsNeedHome')}
          options={skills.map((skill) => ({ value: skill.code, label: skill.name }))}
          optionFilterProp="label"
        />
      </Form.Item>
      <Form.Item
        name="nationalNo"
        label={t('volunteers.fields.nationalNo')}
        extra={t('volunteers.form.nationalNoHint')}
        rules={[{ max: 40 }]}
      >
        <Input maxLength={40} allowClear />
      </Form.Item>
      {!profile && (
        <>
          <Divider titlePlacement="start" plain>
            {t('volunteers.form.sectionAccount')}
          </Divider>
          <AccountFields form={form} />
        </>
      )}
    </>
  );
}
