import { QrcodeOutlined, SettingOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Grid } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useCan, useSession } from '../../lib/use-session.ts';
import { useOrganizationTree } from '../organizations/use-organization-tree.ts';
import { BulkApproveBar } from './bulk-approve-bar.tsx';
import { RecruitQrModal } from './recruit-qr-modal.tsx';
import { registriesIn } from './registry-roots.ts';
import { useRegistrySettings } from './use-registry-settings.ts';
import { useVolunteerFilters, useVolunteerList } from './use-volunteer-list.ts';
import { VolunteerCards } from './volunteer-cards.tsx';
import { VolunteerExportButton } from './volunteer-export-button.tsx';
import { VolunteerFilters } from './volunteer-filters.tsx';
import { VolunteerFormDrawer } from './volunteer-form-drawer.tsx';
import { VolunteerTable } from './volunteer-table.tsx';

/** 志愿者: the registry of the acting subtree, searched and filtered, with registration and the recruitment QR. */
export function VolunteerListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const isPhone = !Grid.useBreakpoint().md;
  const session = useSession().data;
  const nodes = useOrganizationTree().data?.items ?? [];
  const filterState = useVolunteerFilters();
  const { filters, update, filtered } = filterState;
  const list = useVolunteerList(filters);
  const [selected, setSelected] = useState<string[]>([]);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [qrOpen, setQrOpen] = useState(false);
  // Skill names come from the registry of the chosen organization, or else of the first registry in view.
  const registryId = filters.organizationId ?? registriesIn(nodes, session?.actingOrganizationId)[0]?.id;
  const skills = useRegistrySettings(registryId).data?.settings.skills ?? [];
  const canManage = can('volunteers.manage');

  const register = canManage && (
    <Button type="primary" icon={<UserAddOutlined />} onClick={() => setDrawerOpen(true)}>
      {t('volunteers.register')}
    </Button>
  );
  const empty = filtered ? (
    <EmptyState
      title={t('volunteers.list.noMatch')}
      action={
        <Button onClick={() => update({ q: undefined, status: undefined, org: undefined, skill: undefined })}>
          {t('volunteers.list.clearFilters')}
        </Button>
      }
    />
  ) : (
    <EmptyState title={t('volunteers.list.empty')} description={t('volunteers.list.emptyHint')} action={register} />
  );
  const results = {
    query: list,
    page: filters.page,
    onPageChange: (page: number) => update({ page: page > 1 ? String(page) : undefined }),
    skills,
    empty,
    selection: canManage ? { ids: selected, onChange: setSelected } : undefined,
  };

  return (
    <>
      <PageHeader
        title={t('volunteers.title')}
        subtitle={t('volunteers.subtitle')}
        extra={
          <>
            {register}
            <Button icon={<QrcodeOutlined />} onClick={() => setQrOpen(true)}>
              {t('volunteers.qr.button')}
            </Button>
            <VolunteerExportButton filters={filters} />
            {canManage && <Button onClick={() => navigate('/volunteers/import')}>{t('volunteerImport.open')}</Button>}
            {can('volunteers.configure') && (
              <Button icon={<SettingOutlined />} onClick={() => navigate('/volunteers/settings')}>
                {t('volunteers.settings.title')}
              </Button>
            )}
          </>
        }
      />
      <Card size="small">
        <VolunteerFilters state={filterState} skills={skills} />
        <BulkApproveBar ids={selected} onDone={() => setSelected([])} />
        {isPhone ? <VolunteerCards {...results} /> : <VolunteerTable {...results} />}
      </Card>
      <VolunteerFormDrawer
        open={drawerOpen}
        onClose={() => setDrawerOpen(false)}
        defaultOrganizationId={filters.organizationId}
        onSaved={(id) => navigate(`/volunteers/${id}`)}
      />
      <RecruitQrModal open={qrOpen} onClose={() => setQrOpen(false)} defaultOrganizationId={filters.organizationId} />
    </>
  );
}
