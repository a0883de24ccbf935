import type { Role } from '@liandong/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const ROLE_COLORS: Partial<Record<Role | 'platform_admin', string>> = {
  platform_admin: 'gold',
  org_admin: 'cyan',
  social_worker: 'blue',
  supervisor: 'geekblue',
  volunteer: 'green',
};

/** Roles as tags, worded from the `roles` namespace. */
export function RoleTags({ roles }: { roles: readonly (Role | 'platform_admin')[] }) {
  const { t } = useTranslation();
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {roles.map((role) => (
        <Tag key={role} color={ROLE_COLORS[role]} style={{ marginInlineEnd: 0 }}>
          {t(`roles.${role}`)}
        </Tag>
      ))}
    </span>
  );
}
