import { auditEventPageSchema, auditListQuerySchema } from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { requireActor } from '../../http/require-actor.ts';
import { auditScopeFor } from './audit.policy.ts';
import { createAuditService } from './audit.service.ts';

export function registerAuditRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const audit = createAuditService(deps);

  api.get(
    '/api/audit-events',
    {
      config: { access: { permission: 'audit.read' } },
      schema: { tags: ['audit'], querystring: auditListQuerySchema, response: { 200: auditEventPageSchema } },
    },
    async (request) => audit.list(auditScopeFor(requireActor(request.actor)), request.query),
  );
}
