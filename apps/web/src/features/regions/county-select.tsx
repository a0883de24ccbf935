import type { Region } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';

export interface CountyOption {
  code: string;
  fullName: string;
}

interface CountySelectProps {
  id?: string;
  value?: string | null;
  onChange?: (code: string | null, county: CountyOption | null) => void;
  /** How to show the current value before any search (its name is not in the search results yet). */
  current?: CountyOption | null;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
}

/** Picks a county (区县) by searching its characters, full pinyin or initials on the server. */
export function CountySelect({ id, value, onChange, current, placeholder, allowClear, style }: CountySelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const results = useQuery({
    queryKey: ['regions', 'search', 'county', q],
    queryFn: () => api.get<{ items: Region[] }>('/api/regions', { q, level: 'county', limit: 20 }),
    enabled: q.length > 0,
    staleTime: 5 * 60_000,
  });

  const found: CountyOption[] = results.data?.items ?? [];
  const options = found.map((region) => ({ value: region.code, label: region.fullName }));
  // The current county is offered for display only while nothing is being searched, so results come first.
  if (!search && value && current && current.code === value && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: current.fullName });
  }

  return (
    <Select
      id={id}
      value={value ?? undefined}
      options={options}
      placeholder={placeholder ?? t('regions.countyPlaceholder')}
      allowClear={allowClear}
      style={style}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onChange={(code?: string) => {
        const picked = code ? (found.find((region) => region.code === code) ?? current ?? null) : null;
        onChange?.(code ?? null, picked ? { code: picked.code, fullName: picked.fullName } : null);
        setSearch('');
      }}
      notFoundContent={
        results.isFetching ? <Spin size="small" /> : q ? t('regions.noCountyMatch') : t('regions.countyHint')
      }
    />
  );
}
