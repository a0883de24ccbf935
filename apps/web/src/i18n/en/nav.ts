import type { zhNav } from '../zh-CN/index.ts';

export const nav: zhNav = {
  home: 'Home',
  organizations: 'Organizations',
  regions: 'Regions & communities',
  volunteers: 'Volunteers',
  activities: 'Activities',
  serviceHours: 'Hours approval',
  volunteerStats: 'Volunteer statistics',
  myVolunteering: 'My volunteering',
  audit: 'Audit log',
  profile: 'My profile',
  signOut: 'Sign out',
  signedOut: 'You have signed out',
  menu: 'Menu',
  actingFor: 'Acting for',
  switchOrganization: 'Switch organization',
  switched: 'Now acting for {{name}}',
  language: 'Language',
  account: 'Account',
  noOrganization: 'No organization yet',
  actingElsewhere: 'Acting as administrator',
};
