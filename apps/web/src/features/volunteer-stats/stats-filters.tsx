import { Flex, Input, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationTreeSelect } from '../volunteers/organization-tree-select.tsx';
import type { PeriodKind } from './stats-period.ts';
import type { useStatsFilters } from './use-stats-filters.ts';

/** Which organization's subtree, and which period: this year, last year, or a range typed in. */
export function StatsFilters({ state }: { state: ReturnType<typeof useStatsFilters> }) {
  const { t } = useTranslation();
  const { organizationId, kind, period, setOrganization, setKind, setRange } = state;
  return (
    <Flex gap={12} wrap align="center">
      <OrganizationTreeSelect
        value={organizationId}
        aria-label={t('volunteerStats.filters.organization')}
        placeholder={t('volunteerStats.filters.organization')}
        onChange={(value) => setOrganization(value)}
        style={{ flex: '1 1 240px', maxWidth: 360 }}
      />
      <Segmented<PeriodKind>
        value={kind}
        onChange={setKind}
        options={[
          { value: 'thisYear', label: t('volunteerStats.filters.thisYear') },
          { value: 'lastYear', label: t('volunteerStats.filters.lastYear') },
          { value: 'custom', label: t('volunteerStats.filters.custom') },
        ]}
      />
      {kind === 'custom' && (
        <Flex gap={4} align="center" style={{ flex: '1 1 280px', maxWidth: 360 }}>
          <Input
            type="date"
            value={period.from}
            aria-label={t('volunteerStats.filters.from')}
            onChange={(event) => event.target.value && setRange(event.target.value, period.to)}
            style={{ flex: 1, minWidth: 0 }}
          />
          <span aria-hidden>–</span>
          <Input
            type="date"
            value={period.to}
            aria-label={t('volunteerStats.filters.to')}
            onChange={(event) => event.target.value && setRange(period.from, event.target.value)}
            style={{ flex: 1, minWidth: 0 }}
          />
        </Flex>
      )}
    </Flex>
  );
}
