import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Organization } from '@liandong/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { RecordLoadState } from '../../components/record-load-state.tsx';
import { api } from '../../lib/api.ts';
import { useCan } from '../../lib/use-session.ts';
import { MembersPanel } from './members-panel.tsx';
import { OrganizationFormDrawer } from './organization-form-drawer.tsx';
import { OrganizationInfo } from './organization-info.tsx';
import { LegalStatusTag, OrganizationKindTag } from './organization-tags.tsx';
import { SubOrganizationsPanel } from './sub-organizations-panel.tsx';

type Drawer = 'edit' | 'createChild' | null;

/** One organization: its details, the organizations beneath it and its members. */
export function OrganizationDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [drawer, setDrawer] = useState<Drawer>(null);
  const organization = useQuery({
    queryKey: ['organizations', id],
    queryFn: () => api.get<Organization>(`/api/organizations/${id}`),
  });

  if (!organization.isSuccess) {
    return (
      <RecordLoadState
        query={organization}
        notFound={{
          title: t('organizations.detail.notFoundTitle'),
          text: t('organizations.detail.notFoundText'),
          backTo: '/organizations',
          backLabel: t('organizations.detail.backToList'),
        }}
      />
    );
  }

  const org = organization.data;
  const canManage = can('organizations.manage');
  const tabParam = params.get('tab');
  const createChild = canManage ? () => setDrawer('createChild') : undefined;

  const items = [
    { key: 'info', label: t('organizations.detail.tabInfo'), children: <OrganizationInfo organization={org} /> },
    {
      key: 'children',
      label: `${t('organizations.detail.tabChildren')} ${org.childCount}`,
      children: <SubOrganizationsPanel parentId={org.id} onCreate={createChild} />,
    },
    ...(can('members.read')
      ? [
          {
            key: 'members',
            label: `${t('organizations.detail.tabMembers')} ${org.memberCount}`,
            children: <MembersPanel organizationId={org.id} />,
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        backTo="/organizations"
        title={org.name}
        subtitle={
          <Space size={4} wrap>
            <OrganizationKindTag kind={org.kind} />
            <LegalStatusTag status={org.legalStatus} />
            {org.shortName && <Typography.Text type="secondary">{org.shortName}</Typography.Text>}
          </Space>
        }
        extra={
          canManage && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setDrawer('edit')}>
                {t('common.edit')}
              </Button>
              <Button icon={<PlusOutlined />} onClick={() => setDrawer('createChild')}>
                {t('organizations.createChild')}
              </Button>
            </>
          )
        }
      />
      <Card size="small">
        <Tabs
          // A tab the user may not see (members without members.read) falls back to the details.
          activeKey={items.some((item) => item.key === tabParam) ? (tabParam ?? 'info') : 'info'}
          items={items}
          onChange={(key) => setParams(key === 'info' ? {} : { tab: key }, { replace: true })}
        />
      </Card>
      <OrganizationFormDrawer open={drawer === 'edit'} organization={org} onClose={() => setDrawer(null)} />
      <OrganizationFormDrawer
        open={drawer === 'createChild'}
        defaultParentId={org.id}
        onClose={() => setDrawer(null)}
        onSaved={(created) => navigate(`/organizations/${created.id}`)}
      />
    </>
  );
}
