import type { OrganizationTreeNode } from '@liandong/domain';
import { Alert, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../components/load-error.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { useCan, useSession } from '../../lib/use-session.ts';
import { useOrganizationTree } from '../organizations/use-organization-tree.ts';
import { registriesIn } from './registry-roots.ts';
import { RegistrySettingsForm } from './registry-settings-form.tsx';
import { useRegistrySettings } from './use-registry-settings.ts';

/** 登记设置: one registry's rules (skills, numbers, self-registration, minors, hours, stars, check-in, FTE). */
export function RegistrySettingsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const session = useSession().data;
  const [params, setParams] = useSearchParams();
  const tree = useOrganizationTree();
  const registries: OrganizationTreeNode[] = registriesIn(tree.data?.items ?? [], session?.actingOrganizationId);
  const chosen = params.get('registry') ?? registries[0]?.id ?? session?.actingOrganizationId ?? undefined;
  const view = useRegistrySettings(chosen);

  let content = null;
  if (tree.isPending || view.isPending) content = <PageLoading />;
  else if (view.isError) content = <LoadError error={view.error} onRetry={() => void view.refetch()} />;
  else if (view.data)
    content = (
      // A new key after switching registries starts the form from that registry's saved values.
      <RegistrySettingsForm key={view.data.registry.id} view={view.data} readOnly={!can('volunteers.configure')} />
    );

  return (
    <>
      <PageHeader
        backTo="/volunteers"
        title={t('volunteers.settings.title')}
        subtitle={view.data ? t('volunteers.settings.subtitle', { name: view.data.registry.name }) : undefined}
        extra={
          registries.length > 1 && (
            <Space>
              <Typography.Text type="secondary">{t('volunteers.settings.registry')}</Typography.Text>
              <Select
                value={view.data?.registry.id ?? chosen}
                style={{ minWidth: 200 }}
                aria-label={t('volunteers.settings.registry')}
                options={registries.map((registry) => ({ value: registry.id, label: registry.name }))}
                onChange={(registry: string) => setParams({ registry }, { replace: true })}
              />
            </Space>
          )
        }
      />
      {!can('volunteers.configure') && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('volunteers.settings.readOnly')} />
      )}
      {content}
    </>
  );
}
