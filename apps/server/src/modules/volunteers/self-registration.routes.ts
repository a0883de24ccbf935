import {
  myVolunteerListSchema,
  myVolunteerSchema,
  registryParamsSchema,
  registrySettingsSchema,
  registrySettingsViewSchema,
  selfRegistrationBodySchema,
  selfRegistrationPageSchema,
  selfRegistrationParamsSchema,
} from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { setSessionCookies } from '../../http/cookies.ts';
import { requireActor } from '../../http/require-actor.ts';
import { createAuthService } from '../auth/auth.service.ts';
import { listMyVolunteers } from './my-volunteers.ts';
import { createRegistrySettingsService } from './registry-settings.service.ts';
import { createSelfRegistrationService } from './self-registration.service.ts';

/** The public registration page, the volunteer's own records, and a registry's settings. */
export function registerSelfRegistrationRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const selfRegistration = createSelfRegistrationService(deps);
  const registrySettings = createRegistrySettingsService(deps);
  const auth = createAuthService(deps);
  const tags = ['volunteers'];

  // Public: a person with no account yet opens the page from a QR code or link of a federation, station or team.
  api.get(
    '/api/public/volunteer-signup/:organizationId',
    {
      config: { access: 'public' },
      schema: { tags, params: selfRegistrationParamsSchema, response: { 200: selfRegistrationPageSchema } },
    },
    async (request) => selfRegistration.page(request.params.organizationId),
  );

  api.post(
    '/api/public/volunteer-signup/:organizationId',
    {
      config: { access: 'public' },
      schema: {
        tags,
        params: selfRegistrationParamsSchema,
        body: selfRegistrationBodySchema,
        response: { 201: myVolunteerSchema },
      },
    },
    async (request, reply) => {
      const volunteer = await selfRegistration.register(request.params.organizationId, request.body, request.meta);
      // Signed in at once, through the same sign-in as the login form, so the phone goes on to the volunteer pages.
      const { token, csrfToken } = await auth.login(request.body.username, request.body.password, request.meta);
      setSessionCookies(request, reply, deps.config, token, csrfToken);
      return reply.status(201).send(volunteer);
    },
  );

  api.get(
    '/api/me/volunteer',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: myVolunteerListSchema } } },
    async (request) => ({ items: await listMyVolunteers(deps.db, requireActor(request.actor).userId) }),
  );

  api.get(
    '/api/volunteer-registries/:organizationId/settings',
    {
      config: { access: { permission: 'volunteers.read' } },
      schema: { tags, params: registryParamsSchema, response: { 200: registrySettingsViewSchema } },
    },
    async (request) => registrySettings.get(requireActor(request.actor), request.params.organizationId),
  );

  api.put(
    '/api/volunteer-registries/:organizationId/settings',
    {
      config: { access: { permission: 'volunteers.configure' } },
      schema: {
        tags,
        params: registryParamsSchema,
        body: registrySettingsSchema,
        response: { 200: registrySettingsViewSchema },
      },
    },
    async (request) =>
      registrySettings.put(requireActor(request.actor), request.params.organizationId, request.body, request.meta),
  );
}
