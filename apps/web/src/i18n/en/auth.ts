import type { zhAuth } from '../zh-CN/index.ts';

export const auth: zhAuth = {
  title: 'Sign in',
  welcome: 'Welcome back',
  subtitle: 'Sign in with your account',
  username: 'Username',
  usernamePlaceholder: 'Your username',
  usernameRequired: 'Enter your username',
  password: 'Password',
  passwordPlaceholder: 'Your password',
  passwordRequired: 'Enter your password',
  submit: 'Sign in',
  lockedUntil: 'Too many failed attempts. The account is locked until {{time}}; please try again after that.',
  sessionExpired: 'Your session has ended. Please sign in again.',
  forgotPassword: "Forgot your password? Ask your organization's administrator to reset it.",
  headline: 'Community services, linked up',
  points: {
    together: 'Social workers, volunteers and community organizations working on one platform',
    scoped: 'Access granted per organization; every change is recorded',
    anywhere: 'Works on a computer and on a phone',
  },
};
