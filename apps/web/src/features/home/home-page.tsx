import {
  ApartmentOutlined,
  AuditOutlined,
  ClockCircleOutlined,
  CrownOutlined,
  EnvironmentOutlined,
  TeamOutlined,
  UserAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Card, Col, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { RoleTags } from '../../components/role-tags.tsx';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { actingMembershipOf, useSession } from '../../lib/use-session.ts';
import { MyVolunteerHomeCard } from '../my-volunteering/my-volunteer-home-card.tsx';
import { dayPartOf } from './greeting.ts';
import { NextStepCard } from './next-step-card.tsx';
import { type NextStepKey, nextStepsFor, upcomingFor } from './next-steps.ts';

const ICONS: Record<NextStepKey, ReactNode> = {
  platform: <CrownOutlined />,
  organizations: <ApartmentOutlined />,
  members: <UserAddOutlined />,
  regions: <EnvironmentOutlined />,
  audit: <AuditOutlined />,
  browseOrganizations: <ApartmentOutlined />,
  browseMembers: <TeamOutlined />,
  browseRegions: <EnvironmentOutlined />,
  profile: <UserOutlined />,
};

/** The signed-in start page: who you act as, and what you can do next with the roles you hold there. */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  const { data: session } = useSession();
  if (!session) return null;
  const acting = actingMembershipOf(session);
  const steps = nextStepsFor(session);
  const upcoming = upcomingFor(session);
  const noMembership = session.memberships.length === 0 && !session.user.isPlatformAdmin;

  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <Card styles={{ body: { padding: '20px 24px' } }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t(`home.greeting.${dayPartOf(new Date().getHours())}`, { name: session.user.displayName })}
        </Typography.Title>
        {acting && (
          <div style={{ marginTop: 8, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
            <Typography.Text type="secondary">
              {t('home.actingAs', { organization: acting.organizationName })}
            </Typography.Text>
            <RoleTags roles={acting.roles} />
          </div>
        )}
        {session.user.isPlatformAdmin && (
          <div style={{ marginTop: 8, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
            <Tag color="gold" style={{ marginInlineEnd: 0 }}>
              {t('roles.platform_admin')}
            </Tag>
            <Typography.Text type="secondary">{t('home.platformAdminNote')}</Typography.Text>
          </div>
        )}
        {!acting && !noMembership && session.memberships.length > 0 && (
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            {t('home.actingOrganizationMissing')}
          </Typography.Paragraph>
        )}
      </Card>

      <MyVolunteerHomeCard />

      {noMembership && (
        <Card>
          <EmptyState title={t('home.noMembership.title')} description={t('home.noMembership.text')} />
        </Card>
      )}

      <section aria-labelledby="home-next-steps">
        <Typography.Title level={5} id="home-next-steps" style={{ margin: '8px 0 12px' }}>
          {t('home.nextSteps')}
        </Typography.Title>
        <Row gutter={[16, 16]}>
          {steps.map((step) => (
            <Col key={step.key} xs={24} md={12} xl={8}>
              <NextStepCard
                to={step.to}
                icon={ICONS[step.key]}
                title={t(`home.steps.${step.key}.title`)}
                text={t(`home.steps.${step.key}.text`)}
              />
            </Col>
          ))}
        </Row>
      </section>

      {upcoming.length > 0 && (
        <Card
          title={
            <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
              <ClockCircleOutlined aria-hidden style={{ color: '#0f766e' }} />
              {t('home.comingSoon')}
            </span>
          }
          size="small"
          styles={{ body: { paddingTop: 12 } }}
        >
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('home.comingSoonHint')}
          </Typography.Paragraph>
          <ul style={{ margin: 0, paddingInlineStart: 20, display: 'grid', gap: 4 }}>
            {upcoming.map((item) => (
              <li key={item}>{t(`home.upcoming.${item}`)}</li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
