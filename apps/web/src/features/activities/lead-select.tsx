import type { Membership, Role } from '@liandong/domain';
import { useQueries } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { useSession } from '../../lib/use-session.ts';
import { useOrganizationTree } from '../organizations/use-organization-tree.ts';

/** Roles that may lead an activity in their organization or beneath it (the server checks the same). */
export const LEAD_ROLES: readonly Role[] = ['social_worker', 'supervisor', 'org_admin'];

interface LeadSelectProps {
  id?: string;
  /** The organizer: leads come from it and the organizations above it that the user can see. */
  organizationId?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The current lead when editing, shown even if they are no longer a member in view. */
  current?: { userId: string; displayName: string };
}

/** 负责社工: a social worker, supervisor or administrator of the organizer or above it, or the user themselves. */
export function LeadSelect({ id, organizationId, value, onChange, current }: LeadSelectProps) {
  const { t } = useTranslation();
  const session = useSession().data;
  const nodes = useOrganizationTree().data?.items ?? [];
  const chain: string[] = [];
  const byId = new Map(nodes.map((node) => [node.id, node]));
  for (
    let node = byId.get(organizationId ?? '');
    node && !chain.includes(node.id);
    node = byId.get(node.parentId ?? '')
  )
    chain.push(node.id);

  const members = useQueries({
    queries: chain.map((orgId) => ({
      queryKey: ['organizations', orgId, 'members'],
      queryFn: () => api.get<{ items: Membership[] }>(`/api/organizations/${orgId}/members`),
      staleTime: 60_000,
    })),
  });
  const options = new Map<string, { value: string; label: string }>();
  if (session)
    options.set(session.user.id, {
      value: session.user.id,
      label: t('activities.form.leadMe', { name: session.user.displayName }),
    });
  for (const query of members)
    for (const member of query.data?.items ?? [])
      if (LEAD_ROLES.includes(member.role) && !options.has(member.userId))
        options.set(member.userId, {
          value: member.userId,
          label: `${member.displayName}（${t(`roles.${member.role}`)}）`,
        });
  if (current && !options.has(current.userId))
    options.set(current.userId, { value: current.userId, label: current.displayName });

  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={[...options.values()]}
      loading={members.some((query) => query.isPending)}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('activities.form.leadPlaceholder')}
    />
  );
}
