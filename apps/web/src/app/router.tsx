import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { PageLoading } from '../components/page-loading.tsx';
import { AppLayout } from './app-layout.tsx';
import { RequireSession } from './require-session.tsx';

const named = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));

const SetupPage = named(() => import('../features/setup/setup-page.tsx'), 'SetupPage');
const LoginPage = named(() => import('../features/auth/login-page.tsx'), 'LoginPage');
const HomePage = named(() => import('../features/home/home-page.tsx'), 'HomePage');
const ProfilePage = named(() => import('../features/profile/profile-page.tsx'), 'ProfilePage');
const OrganizationListPage = named(
  () => import('../features/organizations/organization-list-page.tsx'),
  'OrganizationListPage',
);
const OrganizationDetailPage = named(
  () => import('../features/organizations/organization-detail-page.tsx'),
  'OrganizationDetailPage',
);
const RegionsPage = named(() => import('../features/regions/regions-page.tsx'), 'RegionsPage');
const CommunityDetailPage = named(() => import('../features/regions/community-detail-page.tsx'), 'CommunityDetailPage');
const AuditLogPage = named(() => import('../features/audit/audit-log-page.tsx'), 'AuditLogPage');
const NotFoundPage = named(() => import('../components/not-found-page.tsx'), 'NotFoundPage');

export function AppRouter() {
  return (
    <BrowserRouter>
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route path="/setup" element={<SetupPage />} />
          <Route path="/login" element={<LoginPage />} />
          <Route
            element={
              <RequireSession>
                <AppLayout />
              </RequireSession>
            }
          >
            <Route index element={<HomePage />} />
            <Route path="organizations" element={<OrganizationListPage />} />
            <Route path="organizations/:id" element={<OrganizationDetailPage />} />
            <Route path="regions" element={<RegionsPage />} />
            <Route path="regions/communities/:id" element={<CommunityDetailPage />} />
            <Route path="audit" element={<AuditLogPage />} />
            <Route path="profile" element={<ProfilePage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
