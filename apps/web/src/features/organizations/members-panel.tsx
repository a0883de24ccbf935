import { UserAddOutlined } from '@ant-design/icons';
import type { Membership } from '@liandong/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Grid, Spin, type TableColumnsType, Tag, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { ResponsiveTable } from '../../components/responsive-table.tsx';
import { RoleTags } from '../../components/role-tags.tsx';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDate } from '../../lib/format-time.ts';
import { useCan, useSession } from '../../lib/use-session.ts';
import { AddMemberDrawer } from './add-member-drawer.tsx';
import { groupMembers, type MemberRow } from './group-members.ts';
import { MemberActions } from './member-actions.tsx';
import { ResetPasswordModal, type ResetPasswordTarget } from './reset-password-modal.tsx';

/** The people of one organization and their roles there; administrators add, remove and reset passwords. */
export function MembersPanel({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const isPhone = !Grid.useBreakpoint().md;
  const me = useSession().data?.user.id;
  const canManage = useCan()('members.manage');
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<ResetPasswordTarget | null>(null);

  const members = useQuery({
    queryKey: ['organizations', organizationId, 'members'],
    queryFn: () => api.get<{ items: Membership[] }>(`/api/organizations/${organizationId}/members`),
  });
  const rows = useMemo(() => groupMembers(members.data?.items ?? []), [members.data]);

  const remove = useMutation({
    mutationFn: (membership: Membership) => api.delete(`/api/organizations/${organizationId}/members/${membership.id}`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
      void message.success(t('organizations.members.removed'));
    },
    onError: (error) => void message.error(errorText(t, error)),
  });

  const confirmRemove = (row: MemberRow, membership: Membership) => {
    const role = t(`roles.${membership.role}`);
    modal.confirm({
      title: t('organizations.members.removeConfirmTitle'),
      content: (
        <>
          <p>{t('organizations.members.removeConfirmText', { name: row.displayName, role })}</p>
          {row.memberships.length === 1 && <p>{t('organizations.members.removeConfirmLast')}</p>}
        </>
      ),
      okText: t('organizations.members.remove'),
      okButtonProps: { danger: true },
      onOk: () => remove.mutateAsync(membership).catch(() => undefined),
    });
  };
  const actions = (row: MemberRow) =>
    canManage ? (
      <MemberActions
        row={row}
        onRemove={confirmRemove}
        onResetPassword={({ userId, username, displayName }) => setResetting({ userId, username, displayName })}
      />
    ) : null;
  const name = (row: MemberRow) => (
    <span>
      {row.displayName}
      {row.userId === me && <Tag style={{ marginInlineStart: 6 }}>{t('organizations.members.you')}</Tag>}
    </span>
  );

  const addButton = canManage && (
    <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)}>
      {t('organizations.members.add')}
    </Button>
  );
  const empty = (
    <EmptyState
      title={t('organizations.members.empty')}
      description={t('organizations.members.emptyHint')}
      action={addButton}
    />
  );

  let content: ReactNode;
  if (members.isError) {
    content = <LoadError error={members.error} onRetry={() => void members.refetch()} />;
  } else if (isPhone) {
    // A phone gets one card per person, so names, roles and actions need no sideways scrolling.
    content = members.isPending ? (
      <Spin style={{ display: 'block', padding: 24 }} />
    ) : rows.length === 0 ? (
      empty
    ) : (
      <div style={{ display: 'grid', gap: 8 }}>
        {rows.map((row) => (
          <div key={row.userId} style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '10px 12px' }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
              <Typography.Text strong>{name(row)}</Typography.Text>
              <Typography.Text type="secondary">{row.username}</Typography.Text>
            </div>
            <div style={{ margin: '6px 0' }}>
              <RoleTags roles={row.memberships.map((membership) => membership.role)} />
            </div>
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('organizations.members.joinedAt')} {formatDate(row.joinedAt)}
              </Typography.Text>
              {actions(row)}
            </div>
          </div>
        ))}
      </div>
    );
  } else {
    const columns: TableColumnsType<MemberRow> = [
      { title: t('organizations.members.name'), key: 'name', render: (_, row) => name(row) },
      { title: t('organizations.members.username'), dataIndex: 'username' },
      {
        title: t('organizations.members.roles'),
        key: 'roles',
        render: (_, row) => <RoleTags roles={row.memberships.map((membership) => membership.role)} />,
      },
      { title: t('organizations.members.joinedAt'), key: 'joinedAt', render: (_, row) => formatDate(row.joinedAt) },
      ...(canManage
        ? [{ title: t('common.actions'), key: 'actions', render: (_: unknown, row: MemberRow) => actions(row) }]
        : []),
    ];
    content = (
      <ResponsiveTable<MemberRow>
        rowKey="userId"
        columns={columns}
        dataSource={rows}
        loading={members.isPending}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        locale={{ emptyText: members.isPending ? ' ' : empty }}
      />
    );
  }

  return (
    <>
      {addButton && rows.length > 0 && <div style={{ textAlign: 'right', marginBottom: 12 }}>{addButton}</div>}
      {content}
      {canManage && <AddMemberDrawer organizationId={organizationId} open={adding} onClose={() => setAdding(false)} />}
      <ResetPasswordModal target={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
