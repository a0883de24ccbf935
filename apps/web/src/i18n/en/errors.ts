import type { zhErrors } from '../zh-CN/index.ts';

export const errors: zhErrors = {
  network: {
    offline: 'Could not reach the server. Check the connection and try again.',
  },
  http: {
    not_found: 'What you asked for does not exist',
    malformed_json: 'The request was malformed',
    payload_too_large: 'What you sent is too large',
    unsupported_media_type: 'Unsupported content type',
    rate_limited: 'Too many requests; please wait a moment',
    internal: 'Something went wrong on the server. Try again; if it persists, contact your administrator.',
  },
  validation: {
    failed: 'Some fields are not valid; please check them',
  },
  auth: {
    unauthenticated: 'Your session has ended; please sign in again',
    invalid_credentials: 'Wrong username or password',
    locked: 'Too many failed sign-ins: the account is locked for a while. Please try again later.',
    csrf_invalid: 'This page has expired; refresh and try again',
    forbidden: 'You are not allowed to do this',
    wrong_password: 'The current password is wrong',
    password_too_weak:
      'Password too weak: at least 10 characters, with letters and digits, not containing the username',
    user_disabled: 'This account is disabled; contact your administrator',
    not_a_member: 'You are not a member of that organization',
  },
  setup: {
    already_done: 'Setup is already complete; please sign in',
    required: 'The platform has not been set up yet',
  },
  users: {
    not_found: 'User not found',
    username_taken: 'That username is taken',
  },
  organizations: {
    not_found: 'Organization not found',
    parent_not_found: 'Parent organization not found',
    cycle: 'An organization cannot move beneath itself or one of its descendants',
    has_children: 'This organization still has sub-organizations',
    uscc_invalid: 'Invalid unified social credit code (check the 18 characters and the check character)',
    uscc_taken: 'Another organization already uses this unified social credit code',
  },
  memberships: {
    not_found: 'Member not found',
    duplicate: 'This user already has that role here',
    last_admin: 'The last administrator of the organization cannot be removed',
  },
  regions: {
    not_found: 'Administrative division not found',
    county_required: 'Choose a county or district',
  },
  streets: {
    not_found: 'Street or town not found',
    duplicate: 'This county already has a street or town of that name',
  },
  communities: {
    not_found: 'Community or village not found',
    duplicate: 'This street already has a community of that name',
  },
  grids: {
    not_found: 'Grid not found',
    duplicate: 'This community already has a grid of that name',
  },
  buildings: {
    duplicate: 'This community already has a building of that name',
  },
  audit: {
    not_found: 'Audit event not found',
  },
};
