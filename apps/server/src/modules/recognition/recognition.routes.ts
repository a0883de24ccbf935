import {
  idParamsSchema,
  myStarsSchema,
  starAwardCreateSchema,
  starAwardListQuerySchema,
  starAwardListSchema,
  starAwardRevokeSchema,
  starAwardSchema,
  starStandingSchema,
} from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { requireActor } from '../../http/require-actor.ts';
import { createStarAwardsService } from './star-awards.service.ts';
import { createStarQueriesService } from './star-queries.service.ts';

/**
 * Star levels (星级志愿者): eligibility computed from the ledger, and awards applied for, publicised, granted or
 * revoked. Nominating takes volunteers.manage; granting and revoking certificates.issue over the registry root
 * (see star-awards.policy.ts).
 */
export function registerRecognitionRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const awards = createStarAwardsService(deps);
  const queries = createStarQueriesService(deps);
  const tags = ['stars'];
  const read = { access: { permission: 'volunteers.read' as const } };
  const manage = { access: { permission: 'volunteers.manage' as const } };
  const decide = { access: { permission: 'certificates.issue' as const } };

  api.get(
    '/api/volunteers/:id/stars',
    { config: read, schema: { tags, params: idParamsSchema, response: { 200: starStandingSchema } } },
    async (request) => queries.forVolunteer(requireActor(request.actor), request.params.id),
  );

  api.post(
    '/api/volunteers/:id/star-awards',
    {
      config: manage,
      schema: { tags, params: idParamsSchema, body: starAwardCreateSchema, response: { 201: starAwardSchema } },
    },
    async (request, reply) => {
      const award = await awards.apply(
        requireActor(request.actor),
        request.params.id,
        request.body.level,
        request.meta,
      );
      return reply.status(201).send(award);
    },
  );

  api.get(
    '/api/star-awards',
    { config: read, schema: { tags, querystring: starAwardListQuerySchema, response: { 200: starAwardListSchema } } },
    async (request) => queries.list(requireActor(request.actor), request.query),
  );

  api.post(
    '/api/star-awards/:id/publicise',
    { config: manage, schema: { tags, params: idParamsSchema, response: { 200: starAwardSchema } } },
    async (request) => awards.publicise(requireActor(request.actor), request.params.id, request.meta),
  );

  api.post(
    '/api/star-awards/:id/grant',
    { config: decide, schema: { tags, params: idParamsSchema, response: { 200: starAwardSchema } } },
    async (request) => awards.grant(requireActor(request.actor), request.params.id, request.meta),
  );

  api.post(
    '/api/star-awards/:id/revoke',
    {
      config: decide,
      schema: { tags, params: idParamsSchema, body: starAwardRevokeSchema, response: { 200: starAwardSchema } },
    },
    async (request) => awards.revoke(requireActor(request.actor), request.params.id, request.body.reason, request.meta),
  );

  api.get(
    '/api/me/stars',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: myStarsSchema } } },
    async (request) => queries.mine(requireActor(request.actor)),
  );
}
