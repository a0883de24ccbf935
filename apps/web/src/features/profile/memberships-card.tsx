import type { Session } from '@liandong/domain';
import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { RoleTags } from '../../components/role-tags.tsx';

/** Every organization the user belongs to, with the roles held there; the acting one is marked. */
export function MembershipsCard({ session }: { session: Session }) {
  const { t } = useTranslation();
  return (
    <Card title={t('profile.memberships')} styles={{ body: { paddingBlock: session.memberships.length ? 4 : 16 } }}>
      {session.memberships.length === 0 ? (
        <EmptyState title={t('nav.noOrganization')} description={t('profile.membershipsEmpty')} />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {session.memberships.map((membership, index) => (
            <li
              key={membership.organizationId}
              style={{
                display: 'grid',
                gap: 6,
                padding: '12px 0',
                borderTop: index === 0 ? undefined : '1px solid rgba(5, 5, 5, 0.06)',
              }}
            >
              <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
                <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                  {membership.organizationName}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`organizations.kindsShort.${membership.organizationKind}`)}
                </Typography.Text>
                {membership.organizationId === session.actingOrganizationId && (
                  <Tag color="processing" style={{ marginInlineEnd: 0 }}>
                    {t('profile.current')}
                  </Tag>
                )}
              </div>
              <RoleTags roles={membership.roles} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
