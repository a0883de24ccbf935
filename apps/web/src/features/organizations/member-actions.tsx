import { DeleteOutlined, DownOutlined, KeyOutlined } from '@ant-design/icons';
import type { Membership } from '@liandong/domain';
import { Button, Dropdown, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberRow } from './group-members.ts';

interface MemberActionsProps {
  row: MemberRow;
  onResetPassword: (row: MemberRow) => void;
  onRemove: (row: MemberRow, membership: Membership) => void;
}

/** Reset a member's password, or remove one of their roles (the only one, or picked from a menu). */
export function MemberActions({ row, onResetPassword, onRemove }: MemberActionsProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap={false}>
      <Button size="small" type="link" icon={<KeyOutlined />} onClick={() => onResetPassword(row)}>
        {t('organizations.members.resetPassword')}
      </Button>
      {row.memberships.length === 1 ? (
        <Button
          size="small"
          type="link"
          danger
          icon={<DeleteOutlined />}
          onClick={() => onRemove(row, row.memberships[0]!)}
        >
          {t('organizations.members.remove')}
        </Button>
      ) : (
        <Dropdown
          trigger={['click']}
          menu={{
            items: row.memberships.map((membership) => ({
              key: membership.id,
              danger: true,
              label: t('organizations.members.removeRole', { role: t(`roles.${membership.role}`) }),
              onClick: () => onRemove(row, membership),
            })),
          }}
        >
          <Button size="small" type="link" danger icon={<DeleteOutlined />}>
            {t('organizations.members.remove')} <DownOutlined />
          </Button>
        </Dropdown>
      )}
    </Flex>
  );
}
