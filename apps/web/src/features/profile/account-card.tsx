import type { Session } from '@liandong/domain';
import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Who the user is: username, name and account type. */
export function AccountCard({ session }: { session: Session }) {
  const { t } = useTranslation();
  return (
    <Card title={t('profile.account')}>
      <Descriptions
        column={1}
        size="small"
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          { key: 'username', label: t('profile.username'), children: session.user.username },
          { key: 'displayName', label: t('profile.displayName'), children: session.user.displayName },
          {
            key: 'type',
            label: t('profile.accountType'),
            children: session.user.isPlatformAdmin ? (
              <Tag color="gold">{t('profile.platformAdmin')}</Tag>
            ) : (
              t('profile.regularUser')
            ),
          },
        ]}
      />
    </Card>
  );
}
