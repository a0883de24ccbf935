import {
  idParamsSchema,
  membershipCreateSchema,
  membershipListSchema,
  membershipParamsSchema,
  membershipSchema,
  memberWithNewUserSchema,
  okSchema,
} from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { requireActor } from '../../http/require-actor.ts';
import { createMembershipsService } from './memberships.service.ts';

export function registerMembershipRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const memberships = createMembershipsService(deps);
  const tags = ['memberships'];
  const read = { access: { permission: 'members.read' as const } };
  const manage = { access: { permission: 'members.manage' as const } };

  api.get(
    '/api/organizations/:id/members',
    { config: read, schema: { tags, params: idParamsSchema, response: { 200: membershipListSchema } } },
    async (request) => memberships.list(requireActor(request.actor), request.params.id),
  );

  api.post(
    '/api/organizations/:id/members',
    {
      config: manage,
      schema: { tags, params: idParamsSchema, body: membershipCreateSchema, response: { 201: membershipSchema } },
    },
    async (request, reply) => {
      const membership = await memberships.add(
        requireActor(request.actor),
        request.params.id,
        request.body,
        request.meta,
      );
      return reply.status(201).send(membership);
    },
  );

  api.post(
    '/api/organizations/:id/members/new-user',
    {
      config: manage,
      schema: { tags, params: idParamsSchema, body: memberWithNewUserSchema, response: { 201: membershipSchema } },
    },
    async (request, reply) => {
      const membership = await memberships.addNewUser(
        requireActor(request.actor),
        request.params.id,
        request.body,
        request.meta,
      );
      return reply.status(201).send(membership);
    },
  );

  api.delete(
    '/api/organizations/:id/members/:membershipId',
    { config: manage, schema: { tags, params: membershipParamsSchema, response: { 200: okSchema } } },
    async (request) => {
      await memberships.remove(
        requireActor(request.actor),
        request.params.id,
        request.params.membershipId,
        request.meta,
      );
      return { ok: true as const };
    },
  );
}
