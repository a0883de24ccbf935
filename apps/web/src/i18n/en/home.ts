import type { zhHome } from '../zh-CN/index.ts';

export const home: zhHome = {
  title: 'Home',
  greeting: {
    morning: 'Good morning, {{name}}',
    noon: 'Good day, {{name}}',
    afternoon: 'Good afternoon, {{name}}',
    evening: 'Good evening, {{name}}',
  },
  actingAs: 'You are acting for {{organization}}',
  platformAdminNote: 'You are a platform administrator and can manage every organization and account.',
  nextSteps: 'What you can do next',
  steps: {
    platform: {
      title: 'Platform administration',
      text: 'Create top-level organizations; see every organization, member and audit event',
    },
    organizations: {
      title: 'Manage organizations',
      text: 'Keep your organization up to date and add stations, teams and other sub-organizations',
    },
    members: {
      title: 'Add members and assign roles',
      text: 'Create accounts for colleagues and make them social workers, supervisors, volunteers…',
    },
    audit: { title: 'Review the audit log', text: 'Who changed what, and when — all on record' },
    regions: {
      title: 'Maintain communities and grids',
      text: 'Add streets and communities under a county; divide them into grids and record buildings',
    },
    browseOrganizations: { title: 'See the organization tree', text: 'Your organization and those beneath it' },
    browseMembers: { title: 'See your colleagues', text: 'Who holds which role in your organization' },
    browseRegions: { title: 'Browse regions and communities', text: 'Find divisions, streets, communities and grids' },
    profile: { title: 'Complete your profile', text: 'See your organizations and roles; change your password' },
  },
  comingSoon: 'Coming soon',
  comingSoonHint: 'These capabilities are being built and will appear here when ready.',
  upcoming: {
    volunteers: 'Volunteer recruitment, sign-up, QR check-in and service hours',
    cases: 'Case work: one record per person, assessment, service plans and supervisor approval',
    resources: 'Needs surveys, resource linkage and referrals',
    projects: 'Government-purchased projects, indicators and third-party evaluation',
  },
  noMembership: {
    title: 'You have not joined an organization yet',
    text: 'Ask an administrator of your organization to add you as a member with a role. Once you have joined, this page lists what you can do.',
  },
  actingOrganizationMissing: 'Choose the organization you act for at the top of the page.',
};
