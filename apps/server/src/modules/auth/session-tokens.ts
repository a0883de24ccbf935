import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'ld_session';
export const CSRF_COOKIE = 'ld_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export const newToken = (): string => randomBytes(32).toString('base64url');

/** Sessions are stored by the hash of their token, never the token itself. */
export const sessionIdOf = (token: string): string => createHash('sha256').update(token).digest('base64url');
