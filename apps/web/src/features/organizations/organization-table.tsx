import { PlusOutlined } from '@ant-design/icons';
import { ORGANIZATION_KINDS, type Organization, type OrganizationKind } from '@liandong/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Input, Select, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { PagedTable } from '../../components/paged-table.tsx';
import { api, type Page } from '../../lib/api.ts';
import { LegalStatusTag, OrganizationKindTag } from './organization-tags.tsx';

const PAGE_SIZE = 20;

/** The acting subtree as a searchable, filterable list; the filters live in the address so Back keeps them. */
export function OrganizationTable({ onCreate }: { onCreate?: () => void }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kindParam = params.get('kind');
  const kind = ORGANIZATION_KINDS.includes(kindParam as OrganizationKind) ? (kindParam as OrganizationKind) : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filtered = Boolean(q || kind);

  const list = useQuery({
    queryKey: ['organizations', 'list', { q, kind, page }],
    queryFn: () => api.get<Page<Organization>>('/api/organizations', { q, kind, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  const update = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    // Keeps the list shown on a phone, where the page switches between tree and list.
    merged.set('view', 'list');
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged, { replace: true });
  };

  const columns: TableColumnsType<Organization> = [
    {
      title: t('organizations.fields.name'),
      key: 'name',
      render: (_, organization) => (
        <div style={{ minWidth: 160 }}>
          <Link to={`/organizations/${organization.id}`}>{organization.name}</Link>
          {organization.shortName && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {organization.shortName}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    {
      title: t('organizations.fields.kind'),
      dataIndex: 'kind',
      render: (value: OrganizationKind) => <OrganizationKindTag kind={value} />,
    },
    {
      title: t('organizations.fields.legalStatus'),
      dataIndex: 'legalStatus',
      render: (value: Organization['legalStatus']) => <LegalStatusTag status={value} />,
    },
    {
      title: t('organizations.fields.location'),
      key: 'location',
      // The community says most; a county's full name ("浙江省 台州市 温岭市") is shortened to its own name.
      render: (_, organization) => organization.communityName ?? organization.regionName?.split(' ').pop() ?? '—',
    },
    { title: t('organizations.fields.members'), dataIndex: 'memberCount', align: 'right' },
    { title: t('organizations.fields.children'), dataIndex: 'childCount', align: 'right' },
  ];

  const empty = filtered ? (
    <EmptyState
      title={t('organizations.list.noMatch')}
      action={
        <Button onClick={() => update({ q: undefined, kind: undefined, page: undefined })}>
          {t('organizations.list.clearFilters')}
        </Button>
      }
    />
  ) : (
    <EmptyState
      title={t('organizations.list.empty')}
      description={t('organizations.list.emptyHint')}
      action={
        onCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
            {t('organizations.create')}
          </Button>
        )
      }
    />
  );

  return (
    <Card title={t('organizations.list.title')} size="small">
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          key={q}
          defaultValue={q}
          allowClear
          placeholder={t('organizations.list.searchPlaceholder')}
          aria-label={t('organizations.list.searchPlaceholder')}
          onSearch={(value) => update({ q: value.trim() || undefined, page: undefined })}
          style={{ flex: '1 1 220px' }}
        />
        <Select
          allowClear
          value={kind}
          placeholder={t('organizations.list.allKinds')}
          aria-label={t('organizations.list.allKinds')}
          options={ORGANIZATION_KINDS.map((value) => ({ value, label: t(`organizations.kinds.${value}`) }))}
          onChange={(value?: OrganizationKind) => update({ kind: value, page: undefined })}
          style={{ flex: '1 1 180px' }}
          popupMatchSelectWidth={false}
        />
      </Flex>
      <PagedTable<Organization>
        rowKey="id"
        columns={columns}
        query={list}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={(next) => update({ page: next > 1 ? String(next) : undefined })}
        empty={empty}
      />
    </Card>
  );
}
