import { ACTIVITY_STATUSES, ACTIVITY_TYPES, type ActivityStatus, type ActivityType } from '@liandong/domain';
import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DayRangeInputs } from '../../components/day-range-inputs.tsx';
import type { useActivityFilters } from './use-activity-list.ts';

/** Search by title, a range of days, the type and the status; every change goes into the address. */
export function ActivityFilters({ state }: { state: ReturnType<typeof useActivityFilters> }) {
  const { t } = useTranslation();
  const { filters, update } = state;
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <Input.Search
        key={filters.q ?? ''}
        defaultValue={filters.q}
        allowClear
        placeholder={t('activities.list.searchPlaceholder')}
        aria-label={t('activities.list.searchPlaceholder')}
        onSearch={(value) => update({ q: value.trim() || undefined })}
        style={{ flex: '1 1 200px' }}
      />
      <DayRangeInputs
        from={filters.from}
        to={filters.to}
        labels={{ from: t('activities.list.from'), to: t('activities.list.to') }}
        onChange={update}
        style={{ flex: '1 1 300px' }}
      />
      <Select
        allowClear
        value={filters.type}
        placeholder={t('activities.list.allTypes')}
        aria-label={t('activities.list.allTypes')}
        options={ACTIVITY_TYPES.map((value) => ({ value, label: t(`activities.types.${value}`) }))}
        onChange={(value?: ActivityType) => update({ type: value })}
        style={{ flex: '1 1 140px' }}
        popupMatchSelectWidth={false}
      />
      <Select
        allowClear
        value={filters.status}
        placeholder={t('activities.list.allStatuses')}
        aria-label={t('activities.list.allStatuses')}
        options={ACTIVITY_STATUSES.map((value) => ({ value, label: t(`activities.statuses.${value}`) }))}
        onChange={(value?: ActivityStatus) => update({ status: value })}
        style={{ flex: '1 1 120px' }}
        popupMatchSelectWidth={false}
      />
    </Flex>
  );
}
