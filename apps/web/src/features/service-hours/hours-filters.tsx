import { HOURS_SOURCES, HOURS_STATUSES, type HoursSource } from '@liandong/domain';
import { Checkbox, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DayRangeInputs } from '../../components/day-range-inputs.tsx';
import { OrganizationTreeSelect } from '../volunteers/organization-tree-select.tsx';
import { ActivitySelect } from './activity-select.tsx';
import type { HoursStatusFilter, useHoursFilters } from './use-hours-filters.ts';

/** Status, source, a range of service days, organization, activity and "仅看需核实"; every change goes into the address. */
export function HoursFiltersBar({ state }: { state: ReturnType<typeof useHoursFilters> }) {
  const { t } = useTranslation();
  const { filters, update } = state;
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
      <Select<HoursStatusFilter>
        value={filters.status}
        aria-label={t('serviceHours.filters.status')}
        options={[...HOURS_STATUSES, 'all' as const].map((value) => ({
          value,
          label: t(`serviceHours.statuses.${value}`),
        }))}
        onChange={(value) => update({ status: value === 'pending' ? undefined : value })}
        style={{ flex: '0 1 120px' }}
      />
      <Select<HoursSource>
        allowClear
        value={filters.source}
        placeholder={t('serviceHours.filters.allSources')}
        aria-label={t('serviceHours.filters.source')}
        options={HOURS_SOURCES.map((value) => ({ value, label: t(`serviceHours.sources.${value}`) }))}
        onChange={(value) => update({ source: value })}
        popupMatchSelectWidth={false}
        style={{ flex: '0 1 130px' }}
      />
      <DayRangeInputs
        from={filters.from}
        to={filters.to}
        labels={{ from: t('serviceHours.filters.from'), to: t('serviceHours.filters.to') }}
        onChange={update}
        style={{ flex: '1 1 280px' }}
      />
      <OrganizationTreeSelect
        allowClear
        value={filters.organizationId}
        placeholder={t('serviceHours.filters.allOrganizations')}
        aria-label={t('serviceHours.filters.organization')}
        onChange={(value) => update({ org: value })}
        style={{ flex: '1 1 180px' }}
      />
      <ActivitySelect
        value={filters.activityId}
        aria-label={t('serviceHours.filters.activity')}
        onChange={(value) => update({ activity: value })}
        style={{ flex: '1 1 180px' }}
      />
      <Checkbox
        checked={filters.flagged}
        onChange={(event) => update({ flagged: event.target.checked ? '1' : undefined })}
      >
        {t('serviceHours.filters.flagged')}
      </Checkbox>
    </Flex>
  );
}
