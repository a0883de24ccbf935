import { PlusOutlined } from '@ant-design/icons';
import type { Organization } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { api, type Page } from '../../lib/api.ts';
import { LegalStatusTag, OrganizationKindTag } from './organization-tags.tsx';

/** The organizations directly beneath one organization. */
export function SubOrganizationsPanel({ parentId, onCreate }: { parentId: string; onCreate?: () => void }) {
  const { t } = useTranslation();
  const children = useQuery({
    queryKey: ['organizations', 'list', { parentId }],
    queryFn: () => api.get<Page<Organization>>('/api/organizations', { parentId, pageSize: 500 }),
  });

  if (children.isError) return <LoadError error={children.error} onRetry={() => void children.refetch()} />;

  const columns: TableColumnsType<Organization> = [
    {
      title: t('organizations.fields.name'),
      key: 'name',
      render: (_, organization) => <Link to={`/organizations/${organization.id}`}>{organization.name}</Link>,
    },
    {
      title: t('organizations.fields.kind'),
      dataIndex: 'kind',
      render: (kind: Organization['kind']) => <OrganizationKindTag kind={kind} />,
    },
    {
      title: t('organizations.fields.legalStatus'),
      dataIndex: 'legalStatus',
      render: (status: Organization['legalStatus']) => <LegalStatusTag status={status} />,
    },
    { title: t('organizations.fields.members'), dataIndex: 'memberCount', align: 'right' },
    { title: t('organizations.fields.children'), dataIndex: 'childCount', align: 'right' },
  ];

  return (
    <>
      {onCreate && (children.data?.items.length ?? 0) > 0 && (
        <div style={{ textAlign: 'right', marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={onCreate}>
            {t('organizations.createChild')}
          </Button>
        </div>
      )}
      <ResponsiveTable<Organization>
        rowKey="id"
        columns={columns}
        dataSource={children.data?.items}
        loading={children.isPending}
        pagination={false}
        locale={{
          emptyText: children.isPending ? (
            ' '
          ) : (
            <EmptyState
              title={t('organizations.detail.childrenEmpty')}
              description={t('organizations.detail.childrenEmptyHint')}
              action={
                onCreate && (
                  <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
                    {t('organizations.createChild')}
                  </Button>
                )
              }
            />
          ),
        }}
      />
    </>
  );
}
