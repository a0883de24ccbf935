import {
  buildingCreateSchema,
  buildingListSchema,
  buildingSchema,
  communityCreateSchema,
  communityListQuerySchema,
  communityPageSchema,
  communitySchema,
  communityUpdateSchema,
  gridCreateSchema,
  gridListSchema,
  gridSchema,
  idParamsSchema,
} from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { requireActor } from '../../http/require-actor.ts';
import { createBuildingsService } from './buildings.service.ts';
import { createCommunitiesService } from './communities.service.ts';
import { createGridsService } from './grids.service.ts';
import { assertCanManageRegions } from './regions.policy.ts';

/** Communities beneath streets, with their grids and buildings. */
export function registerCommunityRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const communities = createCommunitiesService(deps);
  const grids = createGridsService(deps);
  const buildings = createBuildingsService(deps);
  const tags = ['communities'];
  const manage = { access: { permission: 'regions.manage' as const } };

  api.get(
    '/api/communities',
    {
      config: { access: 'authenticated' },
      schema: { tags, querystring: communityListQuerySchema, response: { 200: communityPageSchema } },
    },
    async (request) => communities.list(request.query),
  );

  api.get(
    '/api/communities/:id',
    {
      config: { access: 'authenticated' },
      schema: { tags, params: idParamsSchema, response: { 200: communitySchema } },
    },
    async (request) => communities.get(request.params.id),
  );

  api.post(
    '/api/communities',
    { config: manage, schema: { tags, body: communityCreateSchema, response: { 201: communitySchema } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      assertCanManageRegions(actor);
      return reply.status(201).send(await communities.create({ actor, meta: request.meta }, request.body));
    },
  );

  api.patch(
    '/api/communities/:id',
    {
      config: manage,
      schema: { tags, params: idParamsSchema, body: communityUpdateSchema, response: { 200: communitySchema } },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      assertCanManageRegions(actor);
      return communities.update({ actor, meta: request.meta }, request.params.id, request.body);
    },
  );

  api.get(
    '/api/communities/:id/grids',
    {
      config: { access: 'authenticated' },
      schema: { tags, params: idParamsSchema, response: { 200: gridListSchema } },
    },
    async (request) => ({ items: await grids.list(request.params.id) }),
  );

  api.post(
    '/api/communities/:id/grids',
    { config: manage, schema: { tags, params: idParamsSchema, body: gridCreateSchema, response: { 201: gridSchema } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      assertCanManageRegions(actor);
      return reply.status(201).send(await grids.create({ actor, meta: request.meta }, request.params.id, request.body));
    },
  );

  api.get(
    '/api/communities/:id/buildings',
    {
      config: { access: 'authenticated' },
      schema: { tags, params: idParamsSchema, response: { 200: buildingListSchema } },
    },
    async (request) => ({ items: await buildings.list(request.params.id) }),
  );

  api.post(
    '/api/communities/:id/buildings',
    {
      config: manage,
      schema: { tags, params: idParamsSchema, body: buildingCreateSchema, response: { 201: buildingSchema } },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      assertCanManageRegions(actor);
      const building = await buildings.create({ actor, meta: request.meta }, request.params.id, request.body);
      return reply.status(201).send(building);
    },
  );
}
