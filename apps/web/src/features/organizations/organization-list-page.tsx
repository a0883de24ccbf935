import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Grid, Row, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { actingMembershipOf, useCan, useSession } from '../../lib/use-session.ts';
import { OrganizationFormDrawer } from './organization-form-drawer.tsx';
import { OrganizationTable } from './organization-table.tsx';
import { OrganizationTreeCard } from './organization-tree-card.tsx';

type View = 'tree' | 'list';

/** The organizations the user acts for: their structure as a tree, and a list to search and filter. */
export function OrganizationListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const isPhone = !Grid.useBreakpoint().lg;
  const [params, setParams] = useSearchParams();
  const session = useSession().data;
  const [creating, setCreating] = useState(false);
  const acting = actingMembershipOf(session);
  const openCreate = can('organizations.manage') ? () => setCreating(true) : undefined;
  // On a narrow screen the tree and the list take turns; a search or filter in the address means the list.
  const view: View = params.get('view') === 'list' || params.has('q') || params.has('kind') ? 'list' : 'tree';

  const tree = <OrganizationTreeCard onCreate={openCreate} />;
  const list = <OrganizationTable onCreate={openCreate} />;

  return (
    <>
      <PageHeader
        title={t('organizations.title')}
        subtitle={
          // A platform administrator sees every organization, whichever one they act for.
          acting && !session?.user.isPlatformAdmin
            ? t('organizations.subtitle', { name: acting.organizationName })
            : t('organizations.subtitleAll')
        }
        extra={
          openCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={openCreate}>
              {t('organizations.create')}
            </Button>
          )
        }
      />
      {isPhone ? (
        <>
          <Segmented<View>
            block
            value={view}
            onChange={(next) => setParams(next === 'list' ? { view: 'list' } : {}, { replace: true })}
            options={[
              { value: 'tree', label: t('organizations.views.tree') },
              { value: 'list', label: t('organizations.views.list') },
            ]}
            style={{ marginBottom: 12 }}
          />
          {view === 'tree' ? tree : list}
        </>
      ) : (
        <Row gutter={[16, 16]}>
          <Col span={8}>{tree}</Col>
          <Col span={16}>{list}</Col>
        </Row>
      )}
      <OrganizationFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(organization) => navigate(`/organizations/${organization.id}`)}
      />
    </>
  );
}
