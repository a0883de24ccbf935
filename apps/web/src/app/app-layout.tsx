import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  EnvironmentOutlined,
  FieldTimeOutlined,
  HeartOutlined,
  HomeOutlined,
  MenuOutlined,
  SmileOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, type MenuProps } from 'antd';
import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { BrandMark } from '../components/brand-mark.tsx';
import { useMyVolunteers } from '../features/my-volunteering/use-my-volunteers.ts';
import { useCan } from '../lib/use-session.ts';
import { HeaderBar } from './header-bar.tsx';

const { Sider, Header, Content } = Layout;

/** The signed-in frame: a side menu on desktop, a drawer behind a menu button on a phone. */
export function AppLayout() {
  const { t } = useTranslation();
  const can = useCan();
  const myVolunteers = useMyVolunteers();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);

  const entries = [
    { key: '/', icon: <HomeOutlined />, label: t('nav.home'), shown: true },
    {
      key: '/organizations',
      icon: <ApartmentOutlined />,
      label: t('nav.organizations'),
      shown: can('organizations.read'),
    },
    {
      key: '/volunteers',
      icon: <SmileOutlined />,
      label: t('nav.volunteers'),
      shown: can('volunteers.read'),
    },
    {
      key: '/activities',
      icon: <CalendarOutlined />,
      label: t('nav.activities'),
      shown: can('activities.manage') || can('volunteers.read'),
    },
    {
      key: '/service-hours',
      icon: <FieldTimeOutlined />,
      label: t('nav.serviceHours'),
      shown: can('hours.approve') || can('volunteers.read'),
    },
    {
      key: '/volunteer-stats',
      icon: <BarChartOutlined />,
      label: t('nav.volunteerStats'),
      shown: can('volunteer_stats.read'),
    },
    {
      key: '/me/volunteer',
      icon: <HeartOutlined />,
      label: t('nav.myVolunteering'),
      shown: (myVolunteers.data?.items.length ?? 0) > 0,
    },
    { key: '/regions', icon: <EnvironmentOutlined />, label: t('nav.regions'), shown: true },
    { key: '/audit', icon: <AuditOutlined />, label: t('nav.audit'), shown: can('audit.read') },
    { key: '/profile', icon: <UserOutlined />, label: t('nav.profile'), shown: true },
  ];
  const items: MenuProps['items'] = entries.filter((e) => e.shown).map(({ shown: _shown, ...item }) => item);
  // Most sections are one segment deep; the volunteer's own pages (/me/volunteer) are two.
  const twoSegments = location.pathname.split('/').slice(0, 3).join('/');
  const selected = entries.some((e) => e.key === twoSegments)
    ? twoSegments
    : `/${location.pathname.split('/')[1] ?? ''}`;
  const sectionLabel = entries.find((e) => e.key === selected)?.label;
  const appName = t('common.appName');

  // The section's name as the tab title by default; a page's own title (useDocumentTitle, a passive effect that runs
  // after this layout effect) replaces it.
  useLayoutEffect(() => {
    document.title = sectionLabel ? `${sectionLabel} · ${appName}` : appName;
  }, [sectionLabel, appName]);

  const menu = (
    <nav aria-label={t('nav.menu')}>
      <Menu
        mode="inline"
        selectedKeys={[selected]}
        items={items}
        onClick={({ key }) => {
          setDrawerOpen(false);
          navigate(key);
        }}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
  const brand = (
    <div style={{ padding: '18px 20px 14px' }}>
      <BrandMark tagline={false} />
    </div>
  );

  return (
    <Layout style={{ minHeight: '100%' }}>
      {isPhone ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={280}
          title={null}
          closable={false}
          styles={{ body: { padding: 0 } }}
          aria-label={t('nav.menu')}
        >
          {brand}
          {menu}
        </Drawer>
      ) : (
        // The white column runs the whole height of a long page; the menu inside stays in view as the page scrolls
        // and scrolls on its own when the window is too short for it.
        <Sider width={232} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
          <div style={{ position: 'sticky', top: 0, maxHeight: '100vh', overflowY: 'auto' }}>
            {brand}
            {menu}
          </div>
        </Sider>
      )}
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: isPhone ? '0 8px' : '0 24px',
            height: isPhone ? 56 : 64,
            lineHeight: 'normal',
            display: 'flex',
            alignItems: 'center',
            gap: 4,
            borderBottom: '1px solid #f0f0f0',
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          {isPhone && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('nav.menu')}
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(true)}
              style={{ flex: 'none' }}
            />
          )}
          <HeaderBar compact={isPhone} />
        </Header>
        <Content style={{ padding: isPhone ? 12 : 24, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
