import { PassThrough } from 'node:stream';
import {
  hoursCorrectionSchema,
  hoursDecisionBodySchema,
  hoursDecisionResultSchema,
  hoursEntryDetailSchema,
  hoursEntryPageSchema,
  hoursEntrySchema,
  hoursExportQuerySchema,
  hoursListQuerySchema,
  hoursRecordCreateSchema,
  hoursSelfReportSchema,
  hoursVoidSchema,
  idParamsSchema,
  myHoursQuerySchema,
  myHoursSchema,
} from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { requireActor } from '../../http/require-actor.ts';
import { createHoursCorrectionsService } from './hours-corrections.service.ts';
import { createHoursExportService } from './hours-export.service.ts';
import { createHoursRecordingService } from './hours-recording.service.ts';
import { createServiceHoursService } from './service-hours.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerServiceHoursRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const ledger = createServiceHoursService(deps);
  const recording = createHoursRecordingService(deps);
  const corrections = createHoursCorrectionsService(deps);
  const exporter = createHoursExportService(deps);
  const tags = ['service-hours'];
  // Reading the ledger takes volunteers.read or hours.approve (a supervisor approves without managing volunteers):
  // a route declares one permission, so these require a signed-in user and the service checks either one.
  const signedIn = { access: 'authenticated' as const };
  const approve = { access: { permission: 'hours.approve' as const } };
  const manage = { access: { permission: 'volunteers.manage' as const } };

  api.get(
    '/api/service-hours',
    { config: signedIn, schema: { tags, querystring: hoursListQuerySchema, response: { 200: hoursEntryPageSchema } } },
    async (request) => ledger.list(requireActor(request.actor), request.query),
  );

  api.get(
    '/api/service-hours/export.xlsx',
    { config: signedIn, schema: { tags, querystring: hoursExportQuerySchema } },
    async (request, reply) => {
      const ledgerExport = await exporter.exportLedger(requireActor(request.actor), request.query, request.meta);
      const output = new PassThrough();
      ledgerExport.write(output).catch((error: unknown) => {
        request.log.error({ err: error }, 'service-hours export failed while streaming');
        output.destroy(error instanceof Error ? error : new Error(String(error)));
      });
      return reply
        .type(XLSX)
        .header(
          'content-disposition',
          `attachment; filename="service-hours.xlsx"; filename*=UTF-8''${encodeURIComponent(ledgerExport.fileName)}`,
        )
        .header('cache-control', 'no-store')
        .send(output);
    },
  );

  api.post(
    '/api/service-hours',
    { config: manage, schema: { tags, body: hoursRecordCreateSchema, response: { 201: hoursEntrySchema } } },
    async (request, reply) =>
      reply.status(201).send(await recording.record(requireActor(request.actor), request.body, request.meta)),
  );

  api.post(
    '/api/service-hours/decisions',
    {
      config: approve,
      schema: { tags, body: hoursDecisionBodySchema, response: { 200: hoursDecisionResultSchema } },
    },
    async (request) => ledger.decide(requireActor(request.actor), request.body, request.meta),
  );

  api.get(
    '/api/service-hours/:id',
    { config: signedIn, schema: { tags, params: idParamsSchema, response: { 200: hoursEntryDetailSchema } } },
    async (request) => ledger.get(requireActor(request.actor), request.params.id),
  );

  api.post(
    '/api/service-hours/:id/corrections',
    {
      config: manage,
      schema: { tags, params: idParamsSchema, body: hoursCorrectionSchema, response: { 201: hoursEntrySchema } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await corrections.correct(requireActor(request.actor), request.params.id, request.body, request.meta)),
  );

  api.post(
    '/api/service-hours/:id/void',
    {
      config: manage,
      schema: { tags, params: idParamsSchema, body: hoursVoidSchema, response: { 201: hoursEntrySchema } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await corrections.void(requireActor(request.actor), request.params.id, request.body, request.meta)),
  );

  api.get(
    '/api/me/service-hours',
    { config: signedIn, schema: { tags, querystring: myHoursQuerySchema, response: { 200: myHoursSchema } } },
    async (request) => recording.mine(requireActor(request.actor), request.query),
  );

  api.post(
    '/api/me/service-hours',
    { config: signedIn, schema: { tags, body: hoursSelfReportSchema, response: { 201: hoursEntrySchema } } },
    async (request, reply) =>
      reply.status(201).send(await recording.selfReport(requireActor(request.actor), request.body, request.meta)),
  );
}
