import { audit } from './audit.ts';
import { auth } from './auth.ts';
import { common } from './common.ts';
import { errors } from './errors.ts';
import { home } from './home.ts';
import { nav } from './nav.ts';
import { organizations } from './organizations.ts';
import { profile } from './profile.ts';
import { regions } from './regions.ts';
import { roles } from './roles.ts';
import { setup } from './setup.ts';

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
};
