import {
  idParamsSchema,
  organizationCreateSchema,
  organizationListQuerySchema,
  organizationSchema,
  organizationTreeSchema,
  organizationUpdateSchema,
  pageOf,
} from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { requireActor } from '../../http/require-actor.ts';
import { createOrganizationsService } from './organizations.service.ts';

export function registerOrganizationRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const organizations = createOrganizationsService(deps);
  const tags = ['organizations'];
  const read = { access: { permission: 'organizations.read' as const } };
  const manage = { access: { permission: 'organizations.manage' as const } };

  api.get(
    '/api/organizations',
    {
      config: read,
      schema: { tags, querystring: organizationListQuerySchema, response: { 200: pageOf(organizationSchema) } },
    },
    async (request) => organizations.list(requireActor(request.actor), request.query),
  );

  api.get(
    '/api/organizations/tree',
    { config: read, schema: { tags, response: { 200: organizationTreeSchema } } },
    async (request) => organizations.tree(requireActor(request.actor)),
  );

  api.get(
    '/api/organizations/:id',
    { config: read, schema: { tags, params: idParamsSchema, response: { 200: organizationSchema } } },
    async (request) => organizations.get(requireActor(request.actor), request.params.id),
  );

  api.post(
    '/api/organizations',
    { config: manage, schema: { tags, body: organizationCreateSchema, response: { 201: organizationSchema } } },
    async (request, reply) => {
      const organization = await organizations.create(requireActor(request.actor), request.body, request.meta);
      return reply.status(201).send(organization);
    },
  );

  api.patch(
    '/api/organizations/:id',
    {
      config: manage,
      schema: { tags, params: idParamsSchema, body: organizationUpdateSchema, response: { 200: organizationSchema } },
    },
    async (request) => organizations.update(requireActor(request.actor), request.params.id, request.body, request.meta),
  );
}
