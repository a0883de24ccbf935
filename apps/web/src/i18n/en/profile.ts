import type { zhProfile } from '../zh-CN/index.ts';

export const profile: zhProfile = {
  title: 'My profile',
  account: 'Account',
  username: 'Username',
  displayName: 'Full name',
  accountType: 'Account type',
  platformAdmin: 'Platform administrator',
  regularUser: 'Regular account',
  memberships: 'My organizations and roles',
  membershipsEmpty: 'You have not joined an organization yet; ask an administrator of your organization.',
  current: 'Current',
  changePassword: 'Change password',
  currentPassword: 'Current password',
  currentPasswordRequired: 'Enter your current password',
  newPassword: 'New password',
  newPasswordRequired: 'Enter a new password',
  confirmPassword: 'Confirm new password',
  confirmPasswordRequired: 'Enter the new password again',
  submit: 'Change password',
  changed: 'Password changed',
  changedNote: 'For your safety, you have been signed out on all other devices; this one stays signed in.',
};
