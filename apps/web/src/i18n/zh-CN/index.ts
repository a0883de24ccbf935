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

/** The reference locale: every key the UI reads. en/ must have the same keys (typed, and a test checks). */
export const zhCN = {
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

export type zhCommon = typeof common;
export type zhErrors = typeof errors;
export type zhNav = typeof nav;
export type zhAuth = typeof auth;
export type zhSetup = typeof setup;
export type zhHome = typeof home;
export type zhProfile = typeof profile;
export type zhOrganizations = typeof organizations;
export type zhRegions = typeof regions;
export type zhAudit = typeof audit;
export type zhRoles = typeof roles;
export type zhVolunteers = typeof volunteers;
export type zhActivities = typeof activities;
export type zhCheckin = typeof checkin;
export type zhMyVolunteering = typeof myVolunteering;
export type zhServiceHours = typeof serviceHours;
export type zhCertificates = typeof certificates;
export type zhVolunteerStats = typeof volunteerStats;
export type zhVolunteerImport = typeof volunteerImport;
