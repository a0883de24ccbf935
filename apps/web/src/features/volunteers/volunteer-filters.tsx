import { type SkillOption, VOLUNTEER_STATUSES, type VolunteerStatus } from '@liandong/domain';
import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationTreeSelect } from './organization-tree-select.tsx';
import type { useVolunteerFilters } from './use-volunteer-list.ts';

interface VolunteerFiltersProps {
  state: ReturnType<typeof useVolunteerFilters>;
  skills: readonly SkillOption[];
}

/** Search (name, 拼音, 首字母, or a whole ID or phone number) and the status, organization and skill filters. */
export function VolunteerFilters({ state, skills }: VolunteerFiltersProps) {
  const { t } = useTranslation();
  const { filters, update } = state;
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <Input.Search
        key={filters.q ?? ''}
        defaultValue={filters.q}
        allowClear
        placeholder={t('volunteers.list.searchPlaceholder')}
        aria-label={t('volunteers.list.searchLabel')}
        onSearch={(value) => update({ q: value.trim() || undefined })}
        style={{ flex: '2 1 260px' }}
      />
      <Select<VolunteerStatus>
        allowClear
        value={filters.status}
        placeholder={t('volunteers.list.allStatuses')}
        aria-label={t('volunteers.list.allStatuses')}
        options={VOLUNTEER_STATUSES.map((status) => ({ value: status, label: t(`volunteers.statuses.${status}`) }))}
        onChange={(value) => update({ status: value })}
        style={{ flex: '1 1 120px' }}
      />
      <OrganizationTreeSelect
        allowClear
        value={filters.organizationId}
        placeholder={t('volunteers.list.allOrganizations')}
        aria-label={t('volunteers.list.allOrganizations')}
        onChange={(value) => update({ org: value, skill: undefined })}
        style={{ flex: '1 1 180px' }}
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={filters.skill}
        placeholder={t('volunteers.list.allSkills')}
        aria-label={t('volunteers.list.allSkills')}
        options={skills.map((skill) => ({ value: skill.code, label: skill.name }))}
        onChange={(value) => update({ skill: value })}
        style={{ flex: '1 1 140px' }}
        popupMatchSelectWidth={false}
      />
    </Flex>
  );
}
