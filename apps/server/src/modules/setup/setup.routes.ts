import { okSchema, setupSchema, setupStatusSchema } from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { createSetupService } from './setup.service.ts';

export function registerSetupRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const setup = createSetupService(deps);
  const tags = ['setup'];

  api.get(
    '/api/setup/status',
    { config: { access: 'public' }, schema: { tags, response: { 200: setupStatusSchema } } },
    async () => ({ setupDone: await setup.isDone() }),
  );

  api.post(
    '/api/setup',
    { config: { access: 'public' }, schema: { tags, body: setupSchema, response: { 201: okSchema } } },
    async (request, reply) => {
      await setup.run(request.body, request.meta);
      return reply.status(201).send({ ok: true as const });
    },
  );
}
