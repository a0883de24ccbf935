import { actingOrgSchema, loginSchema, okSchema, passwordChangeSchema, sessionSchema } from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { clearSessionCookies, setSessionCookies } from '../../http/cookies.ts';
import { requireActor } from '../../http/require-actor.ts';
import type { AuthService } from './auth.service.ts';
import { SESSION_COOKIE } from './session-tokens.ts';

export function registerAuthRoutes(app: FastifyInstance, deps: AppDeps, auth: AuthService) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  api.post(
    '/api/auth/login',
    { config: { access: 'public' }, schema: { tags, body: loginSchema, response: { 200: sessionSchema } } },
    async (request, reply) => {
      const { token, csrfToken } = await auth.login(request.body.username, request.body.password, request.meta);
      setSessionCookies(request, reply, deps.config, token, csrfToken);
      const actor = await auth.resolveActor(token);
      return auth.describeSession(requireActor(actor));
    },
  );

  api.post(
    '/api/auth/logout',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: okSchema } } },
    async (request, reply) => {
      await auth.logout(requireActor(request.actor), request.meta);
      clearSessionCookies(reply);
      return { ok: true as const };
    },
  );

  api.get(
    '/api/auth/session',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: sessionSchema } } },
    async (request) => auth.describeSession(requireActor(request.actor)),
  );

  // The cheapest signed-in request: a phone asks whether its session is still alive (and so keeps it alive) before
  // a volunteer taps 签到; benchmarks compare check-in with it.
  api.get(
    '/api/auth/ping',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: okSchema } } },
    async () => ({ ok: true as const }),
  );

  api.put(
    '/api/auth/acting-organization',
    { config: { access: 'authenticated' }, schema: { tags, body: actingOrgSchema, response: { 200: sessionSchema } } },
    async (request) => {
      const actor = requireActor(request.actor);
      await auth.setActingOrganization(actor, request.body.organizationId, request.meta);
      const cookie = request.cookies[SESSION_COOKIE];
      return auth.describeSession(requireActor(cookie ? await auth.resolveActor(cookie) : null));
    },
  );

  api.post(
    '/api/auth/password',
    { config: { access: 'authenticated' }, schema: { tags, body: passwordChangeSchema, response: { 200: okSchema } } },
    async (request) => {
      await auth.changePassword(
        requireActor(request.actor),
        request.body.currentPassword,
        request.body.newPassword,
        request.meta,
      );
      return { ok: true as const };
    },
  );
}
