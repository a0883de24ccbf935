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
const VolunteerListPage = named(() => import('../features/volunteers/volunteer-list-page.tsx'), 'VolunteerListPage');
const VolunteerProfilePage = named(
  () => import('../features/volunteers/volunteer-profile-page.tsx'),
  'VolunteerProfilePage',
);
const RegistrySettingsPage = named(
  () => import('../features/volunteers/registry-settings-page.tsx'),
  'RegistrySettingsPage',
);
const VolunteerSignupPage = named(
  () => import('../features/volunteer-signup/volunteer-signup-page.tsx'),
  'VolunteerSignupPage',
);
const ActivityListPage = named(() => import('../features/activities/activity-list-page.tsx'), 'ActivityListPage');
const ActivityDetailPage = named(() => import('../features/activities/activity-detail-page.tsx'), 'ActivityDetailPage');
const RosterPage = named(() => import('../features/activities/roster-page.tsx'), 'RosterPage');
const CheckinScreenPage = named(() => import('../features/checkin/checkin-screen-page.tsx'), 'CheckinScreenPage');
const CheckinPage = named(() => import('../features/checkin/checkin-page.tsx'), 'CheckinPage');
const CardCheckPage = named(() => import('../features/checkin/card-check-page.tsx'), 'CardCheckPage');
const MyVolunteerPage = named(() => import('../features/my-volunteering/my-volunteer-page.tsx'), 'MyVolunteerPage');
const HoursWorkbenchPage = named(
  () => import('../features/service-hours/hours-workbench-page.tsx'),
  'HoursWorkbenchPage',
);
const MyHoursPage = named(() => import('../features/service-hours/my-hours-page.tsx'), 'MyHoursPage');
const VerifyCertificatePage = named(
  () => import('../features/certificates/verify-certificate-page.tsx'),
  'VerifyCertificatePage',
);
const VolunteerStatsPage = named(
  () => import('../features/volunteer-stats/volunteer-stats-page.tsx'),
  'VolunteerStatsPage',
);
const VolunteerImportPage = named(
  () => import('../features/volunteer-import/volunteer-import-page.tsx'),
  'VolunteerImportPage',
);
const AuditLogPage = named(() => import('../features/audit/audit-log-page.tsx'), 'AuditLogPage');
const NotFoundPage = named(() => import('../components/not-found-page.tsx'), 'NotFoundPage');

export function AppRouter() {
  return (
    <BrowserRouter>
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route path="/setup" element={<SetupPage />} />
          <Route path="/login" element={<LoginPage />} />
          {/* The public page a recruitment QR code opens: no sign-in, outside the app's frame. */}
          <Route path="/join/:organizationId" element={<VolunteerSignupPage />} />
          {/* The public page a certificate's QR code opens: anyone may check it, without signing in. */}
          <Route path="/verify/:token" element={<VerifyCertificatePage />} />
          {/* The lead's rotating check-in code fills the screen of the phone or tablet held up: no app frame. */}
          <Route
            path="/shifts/:id/checkin-screen"
            element={
              <RequireSession>
                <CheckinScreenPage />
              </RequireSession>
            }
          />
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
            <Route path="volunteers" element={<VolunteerListPage />} />
            <Route path="volunteers/settings" element={<RegistrySettingsPage />} />
            <Route path="volunteers/import" element={<VolunteerImportPage />} />
            <Route path="volunteers/:id" element={<VolunteerProfilePage />} />
            <Route path="activities" element={<ActivityListPage />} />
            <Route path="activities/:id" element={<ActivityDetailPage />} />
            <Route path="shifts/:id/roster" element={<RosterPage />} />
            <Route path="me/volunteer" element={<MyVolunteerPage />} />
            <Route path="me/hours" element={<MyHoursPage />} />
            <Route path="service-hours" element={<HoursWorkbenchPage />} />
            <Route path="volunteer-stats" element={<VolunteerStatsPage />} />
            {/* Opened by a phone camera from a QR code; signing in first comes back here (RequireSession). */}
            <Route path="checkin/:token" element={<CheckinPage />} />
            <Route path="card/:token" element={<CardCheckPage />} />
            <Route path="audit" element={<AuditLogPage />} />
            <Route path="profile" element={<ProfilePage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
