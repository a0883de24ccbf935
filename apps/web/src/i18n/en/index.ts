import { activities } from './activities.ts';
import { audit } from './audit.ts';
import { auth } from './auth.ts';
import { certificates } from './certificates.ts';
import { checkin } from './checkin.ts';
import { common } from './common.ts';
import { errors } from './errors.ts';
import { home } from './home.ts';
import { myVolunteering } from './my-volunteering.ts';
import { nav } from './nav.ts';
import { organizations } from './organizations.ts';
import { profile } from './profile.ts';
import { regions } from './regions.ts';
import { roles } from './roles.ts';
import { serviceHours } from './service-hours.ts';
import { setup } from './setup.ts';
import { volunteerImport } from './volunteer-import.ts';
import { volunteerStats } from './volunteer-stats.ts';
import { volunteers } from './volunteers.ts';

export const en = {
  common,
  errors,
  nav,
  auth,
  setup,
  home,
  profile,
  organizations,
  regions,
  audit,
  roles,
  volunteers,
  activities,
  checkin,
  myVolunteering,
  serviceHours,
  certificates,
  volunteerStats,
  volunteerImport,
};
