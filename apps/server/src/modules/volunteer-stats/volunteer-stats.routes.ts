import { volunteerStatsQuerySchema, volunteerStatsSchema } from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { requireActor } from '../../http/require-actor.ts';
import { createVolunteerStatsService } from './volunteer-stats.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerVolunteerStatsRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const service = createVolunteerStatsService(deps);
  const tags = ['volunteer-stats'];
  const read = { access: { permission: 'volunteer_stats.read' as const } };

  api.get(
    '/api/volunteer-stats',
    { config: read, schema: { tags, querystring: volunteerStatsQuerySchema, response: { 200: volunteerStatsSchema } } },
    async (request) => service.statistics(requireActor(request.actor), request.query),
  );

  api.get(
    '/api/volunteer-stats/export.xlsx',
    { config: read, schema: { tags, querystring: volunteerStatsQuerySchema } },
    async (request, reply) => {
      const file = await service.exportWorkbook(requireActor(request.actor), request.query, request.meta);
      return reply
        .type(XLSX)
        .header(
          'content-disposition',
          `attachment; filename="volunteer-stats.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
}
