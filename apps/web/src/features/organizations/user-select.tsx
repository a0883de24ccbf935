import type { User } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../lib/api.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';

interface UserSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
}

/** Picks one of the accounts the user may see, searching names and usernames on the server. */
export function UserSelect({ id, value, onChange, placeholder, allowClear, style }: UserSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const users = useQuery({
    queryKey: ['users', 'search', q],
    queryFn: () => api.get<Page<User>>('/api/users', { q, pageSize: 20 }),
  });
  // The chosen user stays labelled while a later search lists other people.
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const options = (users.data?.items ?? []).map((user) => ({
    value: user.id,
    label: `${user.displayName}（${user.username}）`,
  }));
  if (picked && picked.value === value && !options.some((option) => option.value === value)) options.unshift(picked);

  return (
    <Select
      id={id}
      value={value}
      onChange={(next?: string) => {
        setPicked(options.find((option) => option.value === next) ?? null);
        onChange?.(next);
      }}
      options={options}
      placeholder={placeholder ?? t('organizations.members.userPlaceholder')}
      allowClear={allowClear}
      style={style}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={users.isFetching ? <Spin size="small" /> : undefined}
    />
  );
}
