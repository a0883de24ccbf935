import type { VolunteerListItem } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../lib/api.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';

export interface VolunteerOption {
  value: string;
  label: string;
}

interface VolunteerSelectProps {
  id?: string;
  mode?: 'multiple';
  value?: string | string[] | null;
  /** The new value, and the chosen volunteers with their labels. */
  onChange?: (value: string | string[] | undefined, chosen: VolunteerOption[]) => void;
  /** Searches within this organization's subtree (the activity's registry) when the user can see it. */
  organizationId?: string;
  /** Labels for values chosen before (editing), which a search may not list. */
  known?: VolunteerOption[];
  placeholder?: string;
  allowClear?: boolean;
}

/** Finds active volunteers by name, pinyin initials, number or exact phone/ID, as the registry's list does. */
export function VolunteerSelect({
  id,
  mode,
  value,
  onChange,
  organizationId,
  known = [],
  placeholder,
  allowClear,
}: VolunteerSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const volunteers = useQuery({
    queryKey: ['volunteers', 'search', organizationId, q],
    queryFn: () =>
      api.get<Page<VolunteerListItem>>('/api/volunteers', { q, organizationId, status: 'active', pageSize: 20 }),
  });
  // Chosen volunteers stay labelled while a later search lists other people.
  const [picked, setPicked] = useState<VolunteerOption[]>(known);
  const options: VolunteerOption[] = (volunteers.data?.items ?? []).map((volunteer) => ({
    value: volunteer.id,
    label: `${volunteer.name}（${volunteer.localNo} · ${volunteer.phoneMasked}）`,
  }));
  const chosen = value == null ? [] : Array.isArray(value) ? value : [value];
  for (const option of picked)
    if (chosen.includes(option.value) && !options.some((item) => item.value === option.value)) options.unshift(option);

  return (
    <Select<string | string[]>
      id={id}
      mode={mode}
      value={value ?? undefined}
      onChange={(next) => {
        const ids = next == null ? [] : Array.isArray(next) ? next : [next];
        const byId = new Map([...picked, ...options].map((option) => [option.value, option]));
        const chosenOptions = ids.flatMap((value) => byId.get(value) ?? []);
        setPicked(chosenOptions);
        onChange?.(next ?? undefined, chosenOptions);
      }}
      options={options}
      placeholder={placeholder ?? t('activities.volunteerSearchPlaceholder')}
      allowClear={allowClear}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={volunteers.isFetching ? <Spin size="small" /> : t('activities.noVolunteerFound')}
      style={{ width: '100%' }}
    />
  );
}
