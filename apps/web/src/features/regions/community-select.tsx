import type { Community } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../lib/api.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';

interface CommunitySelectProps {
  id?: string;
  countyCode: string | null | undefined;
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The name of the current value, shown before the options load. */
  currentName?: string | null;
  placeholder?: string;
  disabledHint?: string;
}

/** Picks a community (社区/村) of one county, searchable by characters or pinyin. */
export function CommunitySelect(props: CommunitySelectProps) {
  const { id, countyCode, value, onChange, currentName, placeholder, disabledHint } = props;
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const results = useQuery({
    queryKey: ['communities', 'options', countyCode, q],
    queryFn: () => api.get<Page<Community>>('/api/communities', { countyCode, q, pageSize: 50 }),
    enabled: Boolean(countyCode),
  });

  const options = (results.data?.items ?? []).map((community) => ({
    value: community.id,
    label: `${community.name}（${community.streetName}）`,
  }));
  if (!search && value && currentName && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: currentName });
  }

  return (
    <Select
      id={id}
      value={value ?? undefined}
      options={options}
      disabled={!countyCode}
      placeholder={countyCode ? placeholder : disabledHint}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onChange={(next?: string) => {
        onChange?.(next ?? null);
        setSearch('');
      }}
      notFoundContent={results.isFetching ? <Spin size="small" /> : t('regions.communities.noMatch')}
    />
  );
}
