import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config/config.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from '../modules/auth/session-tokens.ts';
import { isSecureRequest } from './authentication.ts';

/** The session cookie is httpOnly; the CSRF cookie is readable by the page, which echoes it in a header. */
export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  config: Config,
  token: string,
  csrfToken: string,
) {
  const secure = isSecureRequest(request, config);
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: Math.floor(config.session.maxMs / 1000),
  });
  reply.setCookie(CSRF_COOKIE, csrfToken, { path: '/', sameSite: 'lax', secure });
}

export function clearSessionCookies(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
