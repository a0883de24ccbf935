import {
  pageOf,
  revealBodySchema,
  revealResultSchema,
  volunteerBulkApproveResultSchema,
  volunteerBulkApproveSchema,
  volunteerCreateSchema,
  volunteerExportQuerySchema,
  volunteerListItemSchema,
  volunteerListQuerySchema,
  volunteerParamsSchema,
  volunteerProfileSchema,
  volunteerStatusChangeSchema,
  volunteerUpdateSchema,
} from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { requireActor } from '../../http/require-actor.ts';
import { registerSelfRegistrationRoutes } from './self-registration.routes.ts';
import { createVolunteerExport } from './volunteer-export.ts';
import { registerVolunteerRecordRoutes } from './volunteer-records.routes.ts';
import { createVolunteerStatusService } from './volunteer-status.service.ts';
import { createVolunteersService } from './volunteers.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The volunteer registry: profiles, status, reveal, export; records, self-registration and settings beside it. */
export function registerVolunteerRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const volunteers = createVolunteersService(deps);
  const statuses = createVolunteerStatusService(deps);
  const exportVolunteers = createVolunteerExport(deps, volunteers);
  const tags = ['volunteers'];
  const read = { access: { permission: 'volunteers.read' as const } };
  const manage = { access: { permission: 'volunteers.manage' as const } };
  const reveal = { access: { permission: 'volunteers.reveal' as const } };

  api.get(
    '/api/volunteers',
    {
      config: read,
      schema: { tags, querystring: volunteerListQuerySchema, response: { 200: pageOf(volunteerListItemSchema) } },
    },
    async (request) => volunteers.list(requireActor(request.actor), request.query),
  );

  api.get(
    '/api/volunteers/export.xlsx',
    { config: read, schema: { tags, querystring: volunteerExportQuerySchema } },
    async (request, reply) => {
      const stream = await exportVolunteers(requireActor(request.actor), request.query, request.meta);
      return reply
        .type(XLSX)
        .header(
          'content-disposition',
          `attachment; filename="volunteers.xlsx"; filename*=UTF-8''${encodeURIComponent('志愿者名册.xlsx')}`,
        )
        .header('cache-control', 'no-store')
        .send(stream);
    },
  );

  api.post(
    '/api/volunteers',
    { config: manage, schema: { tags, body: volunteerCreateSchema, response: { 201: volunteerProfileSchema } } },
    async (request, reply) => {
      const profile = await volunteers.create(requireActor(request.actor), request.body, request.meta);
      return reply.status(201).send(profile);
    },
  );

  api.post(
    '/api/volunteers/approve',
    {
      config: manage,
      schema: { tags, body: volunteerBulkApproveSchema, response: { 200: volunteerBulkApproveResultSchema } },
    },
    async (request) => statuses.approveMany(requireActor(request.actor), request.body.ids, request.meta),
  );

  api.get(
    '/api/volunteers/:id',
    { config: read, schema: { tags, params: volunteerParamsSchema, response: { 200: volunteerProfileSchema } } },
    async (request) => volunteers.get(requireActor(request.actor), request.params.id),
  );

  api.patch(
    '/api/volunteers/:id',
    {
      config: manage,
      schema: {
        tags,
        params: volunteerParamsSchema,
        body: volunteerUpdateSchema,
        response: { 200: volunteerProfileSchema },
      },
    },
    async (request) => volunteers.update(requireActor(request.actor), request.params.id, request.body, request.meta),
  );

  api.post(
    '/api/volunteers/:id/status',
    {
      config: manage,
      schema: {
        tags,
        params: volunteerParamsSchema,
        body: volunteerStatusChangeSchema,
        response: { 200: volunteerProfileSchema },
      },
    },
    async (request) => statuses.change(requireActor(request.actor), request.params.id, request.body, request.meta),
  );

  api.post(
    '/api/volunteers/:id/reveal',
    {
      config: reveal,
      schema: { tags, params: volunteerParamsSchema, body: revealBodySchema, response: { 200: revealResultSchema } },
    },
    async (request) =>
      volunteers.reveal(requireActor(request.actor), request.params.id, request.body.field, request.meta),
  );

  registerVolunteerRecordRoutes(app, deps);
  registerSelfRegistrationRoutes(app, deps);
}
