import {
  idParamsSchema,
  regionCodeParamsSchema,
  regionDetailSchema,
  regionListSchema,
  regionSearchQuerySchema,
  streetCreateSchema,
  streetListQuerySchema,
  streetListSchema,
  streetSchema,
  streetUpdateSchema,
} from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { requireActor } from '../../http/require-actor.ts';
import { assertCanManageRegions } from './regions.policy.ts';
import { createRegionsService } from './regions.service.ts';
import { createStreetsService } from './streets.service.ts';

/** Administrative divisions (read-only) and the streets users add beneath a county. */
export function registerRegionRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const regions = createRegionsService(deps);
  const streets = createStreetsService(deps);
  const tags = ['regions'];

  api.get(
    '/api/regions',
    {
      config: { access: 'authenticated' },
      schema: { tags, querystring: regionSearchQuerySchema, response: { 200: regionListSchema } },
    },
    async (request) => ({ items: await regions.search(request.query) }),
  );

  api.get(
    '/api/regions/:code',
    {
      config: { access: 'authenticated' },
      schema: { tags, params: regionCodeParamsSchema, response: { 200: regionDetailSchema } },
    },
    async (request) => regions.get(request.params.code),
  );

  api.get(
    '/api/streets',
    {
      config: { access: 'authenticated' },
      schema: { tags, querystring: streetListQuerySchema, response: { 200: streetListSchema } },
    },
    async (request) => ({ items: await streets.list(request.query) }),
  );

  api.post(
    '/api/streets',
    {
      config: { access: { permission: 'regions.manage' } },
      schema: { tags, body: streetCreateSchema, response: { 201: streetSchema } },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      assertCanManageRegions(actor);
      return reply.status(201).send(await streets.create({ actor, meta: request.meta }, request.body));
    },
  );

  api.patch(
    '/api/streets/:id',
    {
      config: { access: { permission: 'regions.manage' } },
      schema: { tags, params: idParamsSchema, body: streetUpdateSchema, response: { 200: streetSchema } },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      assertCanManageRegions(actor);
      return streets.update({ actor, meta: request.meta }, request.params.id, request.body);
    },
  );
}
