import type { Activity, ActivityListItem } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../lib/api.ts';
import { formatDate } from '../../lib/format-time.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';

interface ActivitySelectProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

/** Finds an activity by title (newest first); the chosen one keeps its title even when a search no longer lists it. */
export function ActivitySelect({ id, value, onChange, placeholder, style, ...rest }: ActivitySelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const list = useQuery({
    queryKey: ['activities', 'search', q],
    queryFn: () => api.get<Page<ActivityListItem>>('/api/activities', { q, pageSize: 20 }),
    staleTime: 30_000,
  });
  const chosen = useQuery({
    queryKey: ['activities', value],
    queryFn: () => api.get<Activity>(`/api/activities/${value}`),
    enabled: Boolean(value) && !list.data?.items.some((item) => item.id === value),
    staleTime: 60_000,
  });
  const labelOf = (activity: Activity) => `${activity.title}（${formatDate(activity.startsAt)}）`;
  const options = (list.data?.items ?? []).map((activity) => ({ value: activity.id, label: labelOf(activity) }));
  if (value && chosen.data && !options.some((option) => option.value === value))
    options.unshift({ value, label: labelOf(chosen.data) });

  return (
    <Select<string>
      id={id}
      aria-label={rest['aria-label']}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? undefined)}
      options={options}
      allowClear
      placeholder={placeholder ?? t('serviceHours.filters.allActivities')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={list.isFetching ? <Spin size="small" /> : t('serviceHours.noActivityFound')}
      popupMatchSelectWidth={false}
      style={style}
    />
  );
}
