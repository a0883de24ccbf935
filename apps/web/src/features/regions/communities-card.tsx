import { PlusOutlined } from '@ant-design/icons';
import { COMMUNITY_TYPES, type Community, type CommunityType } from '@liandong/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Input, Select, type TableColumnsType, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { PagedTable } from '../../components/paged-table.tsx';
import { api, type Page } from '../../lib/api.ts';
import { CommunityTypeTag } from './community-type-tag.tsx';

const PAGE_SIZE = 20;

export interface CommunityFilters {
  q: string;
  type?: CommunityType;
  streetId: string | null;
  page: number;
}

interface CommunitiesCardProps {
  countyCode: string;
  filters: CommunityFilters;
  onFiltersChange: (next: Partial<CommunityFilters>) => void;
  /** Adding needs a street to put the community in; null hides the button (no permission). */
  onAdd?: () => void;
  hasStreets: boolean;
}

/** The communities and villages of the county, searchable by name or pinyin and filterable by street and type. */
export function CommunitiesCard({ countyCode, filters, onFiltersChange, onAdd, hasStreets }: CommunitiesCardProps) {
  const { t } = useTranslation();
  const { q, type, streetId, page } = filters;
  const list = useQuery({
    queryKey: ['communities', 'list', { countyCode, q, type, streetId, page }],
    queryFn: () =>
      api.get<Page<Community>>('/api/communities', { countyCode, q, type, streetId, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  // A chosen street is a place to add to, not a filter that found nothing.
  const filtered = Boolean(q || type);

  const addButton = onAdd && (
    <Tooltip title={hasStreets ? undefined : t('regions.communities.needStreet')}>
      <Button type="primary" size="small" icon={<PlusOutlined />} onClick={onAdd} disabled={!hasStreets}>
        {t('regions.communities.add')}
      </Button>
    </Tooltip>
  );

  const columns: TableColumnsType<Community> = [
    {
      title: t('regions.communities.name'),
      key: 'name',
      render: (_, community) => <Link to={`/regions/communities/${community.id}`}>{community.name}</Link>,
    },
    {
      title: t('regions.communities.type'),
      dataIndex: 'type',
      render: (value: CommunityType) => <CommunityTypeTag type={value} />,
    },
    { title: t('regions.communities.street'), dataIndex: 'streetName' },
    { title: t('regions.communities.gridCount'), dataIndex: 'gridCount', align: 'right' },
    { title: t('regions.communities.buildingCount'), dataIndex: 'buildingCount', align: 'right' },
    { title: t('regions.communities.code'), dataIndex: 'code', render: (code: string | null) => code ?? '—' },
  ];

  const empty = filtered ? (
    <EmptyState
      title={t('regions.communities.noMatch')}
      action={
        <Button onClick={() => onFiltersChange({ q: '', type: undefined, page: 1 })}>
          {t('regions.communities.clearFilters')}
        </Button>
      }
    />
  ) : (
    <EmptyState
      title={streetId ? t('regions.communities.emptyInStreet') : t('regions.communities.empty')}
      description={hasStreets ? t('regions.communities.emptyHint') : t('regions.streets.emptyHint')}
      action={hasStreets ? addButton : undefined}
    />
  );

  return (
    <Card size="small" title={t('regions.communities.title')} extra={addButton}>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          key={`${countyCode}:${q}`}
          defaultValue={q}
          allowClear
          placeholder={t('regions.communities.searchPlaceholder')}
          aria-label={t('regions.communities.searchPlaceholder')}
          onSearch={(value) => onFiltersChange({ q: value.trim(), page: 1 })}
          style={{ flex: '1 1 220px' }}
        />
        <Select
          allowClear
          value={type}
          placeholder={t('regions.communities.allTypes')}
          aria-label={t('regions.communities.allTypes')}
          options={COMMUNITY_TYPES.map((value) => ({ value, label: t(`regions.communityTypes.${value}`) }))}
          onChange={(value?: CommunityType) => onFiltersChange({ type: value, page: 1 })}
          style={{ flex: '1 1 140px' }}
        />
      </Flex>
      <PagedTable<Community>
        rowKey="id"
        columns={columns}
        query={list}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={(next) => onFiltersChange({ page: next })}
        empty={empty}
      />
    </Card>
  );
}
