import type { Organization, OrganizationTreeNode } from '@liandong/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Grid, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DrawerActions } from '../../components/drawer-actions.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { api } from '../../lib/api.ts';
import { showServerError } from '../../lib/form-errors.ts';
import { SESSION_KEY, useSession } from '../../lib/use-session.ts';
import type { CountyOption } from '../regions/county-select.tsx';
import { OrganizationFormFields, type ParentTreeOption } from './organization-form-fields.tsx';
import { createBodyOf, formValuesOf, type OrganizationFormValues, updateBodyOf } from './organization-form-values.ts';
import { buildOrganizationTree, type OrganizationTreeItem, subtreeIds } from './organization-tree.ts';
import { useOrganizationTree } from './use-organization-tree.ts';

// Codes that concern one field, shown beside it as well as in the toast.
const FIELDS_BY_CODE = {
  'organizations.uscc_invalid': 'uscc',
  'organizations.uscc_taken': 'uscc',
  'organizations.parent_not_found': 'parentId',
  'organizations.cycle': 'parentId',
  'regions.not_found': 'regionCode',
  'communities.not_found': 'communityId',
};

interface OrganizationFormDrawerProps {
  open: boolean;
  onClose: () => void;
  /** Editing this organization; without it the drawer creates a new one. */
  organization?: Organization;
  /** The parent preselected when creating (the organization being viewed, or the acting one). */
  defaultParentId?: string | null;
  onSaved?: (organization: Organization) => void;
}

function toOptions(items: OrganizationTreeItem[], disabled: Set<string>): ParentTreeOption[] {
  return items.map(({ node, children }) => ({
    value: node.id,
    title: node.name,
    disabled: disabled.has(node.id),
    children: toOptions(children, disabled),
  }));
}

/** Creates an organization, or edits one (including moving it under another parent), in a side drawer. */
export function OrganizationFormDrawer({
  open,
  onClose,
  organization,
  defaultParentId,
  onSaved,
}: OrganizationFormDrawerProps) {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().md;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      size={isPhone ? '100%' : 560}
      title={organization ? t('organizations.form.editTitle') : t('organizations.form.createTitle')}
    >
      {open && (
        <DrawerForm organization={organization} defaultParentId={defaultParentId} onClose={onClose} onSaved={onSaved} />
      )}
    </Drawer>
  );
}

function DrawerForm({ organization, defaultParentId, onClose, onSaved }: Omit<OrganizationFormDrawerProps, 'open'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const session = useSession().data;
  const isPlatformAdmin = Boolean(session?.user.isPlatformAdmin);
  const tree = useOrganizationTree();
  const [form] = Form.useForm<OrganizationFormValues>();
  const [county, setCounty] = useState<CountyOption | null>(
    organization?.regionCode
      ? { code: organization.regionCode, fullName: organization.regionName ?? organization.regionCode }
      : null,
  );

  const nodes: OrganizationTreeNode[] = tree.data?.items ?? [];
  const inTree = (id: string | null | undefined) => Boolean(id && nodes.some((node) => node.id === id));
  // The top of the acting subtree has its parent outside it (or none): it can be edited, not moved, from here.
  // Only a platform administrator may move a top-level organization or make one.
  const parentLocked = Boolean(
    organization && (organization.parentId ? !inTree(organization.parentId) : !isPlatformAdmin),
  );
  const parentOptions = useMemo(() => {
    const excluded = organization ? subtreeIds(nodes, organization.id) : new Set<string>();
    return toOptions(buildOrganizationTree(nodes), excluded);
  }, [nodes, organization]);

  const save = useMutation({
    mutationFn: (values: OrganizationFormValues) =>
      organization
        ? api.patch<Organization>(`/api/organizations/${organization.id}`, updateBodyOf(values, organization))
        : api.post<Organization>('/api/organizations', createBodyOf(values)),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
      // The header names the acting organization from the session; an edit may have renamed it.
      if (organization) void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      const moved = organization && saved.parentId !== organization.parentId;
      const parentName = nodes.find((node) => node.id === saved.parentId)?.name ?? '';
      void message.success(
        !organization
          ? t('organizations.created', { name: saved.name })
          : moved
            ? t('organizations.moved', { name: parentName })
            : t('organizations.updated'),
      );
      onSaved?.(saved);
      onClose();
    },
    onError: (error) => showServerError({ error, t, message, form, fieldsByCode: FIELDS_BY_CODE }),
  });

  if (tree.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (tree.isError) return <LoadError error={tree.error} onRetry={() => void tree.refetch()} />;

  const initialValues: Partial<OrganizationFormValues> = organization
    ? { ...formValuesOf(organization), parentId: parentLocked ? undefined : organization.parentId }
    : {
        legalStatus: 'none',
        parentId: inTree(defaultParentId)
          ? defaultParentId
          : inTree(session?.actingOrganizationId)
            ? session?.actingOrganizationId
            : isPlatformAdmin
              ? null
              : nodes[0]?.id,
      };

  return (
    <Form<OrganizationFormValues>
      name="organization"
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => save.mutate(values)}
      scrollToFirstError
    >
      <OrganizationFormFields
        form={form}
        parentOptions={parentOptions}
        parentOptional={isPlatformAdmin}
        parentLockedLabel={
          !parentLocked
            ? undefined
            : organization?.parentId
              ? t('organizations.detail.parentOutside')
              : t('organizations.detail.root')
        }
        parentHelp={
          parentLocked
            ? organization?.parentId
              ? t('organizations.form.parentLocked')
              : t('organizations.form.rootLocked')
            : organization
              ? t('organizations.form.parentMoveHint')
              : undefined
        }
        county={county}
        onCountyChange={setCounty}
        communityName={organization?.communityName}
      />
      <DrawerActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {organization ? t('common.save') : t('common.create')}
        </Button>
      </DrawerActions>
    </Form>
  );
}
