import {
  idParamsSchema,
  okSchema,
  pageOf,
  passwordResetSchema,
  userListQuerySchema,
  userSchema,
} from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { requireActor } from '../../http/require-actor.ts';
import { createUsersService } from './users.service.ts';

export function registerUserRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const users = createUsersService(deps);
  const tags = ['users'];

  api.get(
    '/api/users',
    {
      config: { access: { permission: 'members.read' } },
      schema: { tags, querystring: userListQuerySchema, response: { 200: pageOf(userSchema) } },
    },
    async (request) => users.list(requireActor(request.actor), request.query),
  );

  api.post(
    '/api/users/:id/reset-password',
    {
      config: { access: { permission: 'members.manage' } },
      schema: { tags, params: idParamsSchema, body: passwordResetSchema, response: { 200: okSchema } },
    },
    async (request) => {
      await users.resetPassword(requireActor(request.actor), request.params.id, request.body.newPassword, request.meta);
      return { ok: true as const };
    },
  );
}
