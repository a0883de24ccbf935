import type { ErrorBody } from '@liandong/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config/config.ts';
import type { AuthService } from '../modules/auth/auth.service.ts';
import { CSRF_COOKIE, CSRF_HEADER, newToken, SESSION_COOKIE } from '../modules/auth/session-tokens.ts';
import type { Actor, RequestMeta } from './actor.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    meta: RequestMeta & { markAudited: () => void };
    audited: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function deny(reply: FastifyReply, status: number, code: ErrorBody['code']) {
  return reply.status(status).send({ code } satisfies ErrorBody);
}

export function isSecureRequest(request: FastifyRequest, config: Config): boolean {
  return config.secureCookies === 'true' || (config.secureCookies === 'auto' && request.protocol === 'https');
}

/**
 * Runs before validation on every /api route, in the order routes read: who is asking (session cookie),
 * is the write really theirs (CSRF token), may they reach this route at all (its declared access).
 */
export function registerAuthentication(app: FastifyInstance, auth: AuthService, config: Config): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('audited', false);
  app.decorateRequest('meta', null as never);

  app.addHook('onRequest', async (request, reply) => {
    request.meta = {
      requestId: request.id,
      ip: request.ip ?? null,
      userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
      markAudited: () => {
        request.audited = true;
      },
    };
    const access = request.routeOptions.config.access;
    if (!access) return;

    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await auth.resolveActor(token) : null;

    // Anonymous pages (sign-in, setup) still need a token to send back: a double-submit cookie.
    if (!request.actor && !request.cookies[CSRF_COOKIE]) {
      reply.setCookie(CSRF_COOKIE, newToken(), {
        path: '/',
        sameSite: 'lax',
        secure: isSecureRequest(request, config),
      });
    }

    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      const expected = request.actor ? request.actor.csrfToken : request.cookies[CSRF_COOKIE];
      if (!expected || typeof sent !== 'string' || sent !== expected) return deny(reply, 403, 'auth.csrf_invalid');
    }

    if (access === 'public') return;
    const actor = request.actor;
    if (!actor) return deny(reply, 401, 'auth.unauthenticated');
    if (access === 'authenticated' || actor.isPlatformAdmin) return;
    if (access === 'platform_admin' || !actor.permissions.has(access.permission))
      return deny(reply, 403, 'auth.forbidden');
  });

  if (config.requireAuditOnWrites) {
    app.addHook('onSend', async (request, reply, payload) => {
      const wrote = !SAFE_METHODS.has(request.method) && reply.statusCode < 300 && request.routeOptions.config.access;
      if (!wrote || request.audited) return payload;
      request.log.error({ url: request.url }, 'state-changing request recorded no audit event');
      reply.status(500);
      return JSON.stringify({ code: 'http.internal', message: `no audit event for ${request.method} ${request.url}` });
    });
  }
}
