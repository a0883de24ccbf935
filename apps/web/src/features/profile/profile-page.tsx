import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { useSession } from '../../lib/use-session.ts';
import { AccountCard } from './account-card.tsx';
import { ChangePasswordCard } from './change-password-card.tsx';
import { MembershipsCard } from './memberships-card.tsx';

/** My profile: the account, the organizations and roles held, and changing the password. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  if (!session) return null;
  return (
    <>
      <PageHeader title={t('profile.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <div style={{ display: 'grid', gap: 16 }}>
            <AccountCard session={session} />
            <MembershipsCard session={session} />
          </div>
        </Col>
        <Col xs={24} lg={12}>
          <ChangePasswordCard username={session.user.username} />
        </Col>
      </Row>
    </>
  );
}
