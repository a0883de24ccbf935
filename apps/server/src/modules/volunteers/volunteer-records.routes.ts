import {
  guardianConsentCreateSchema,
  guardianConsentParamsSchema,
  revealBodySchema,
  revealResultSchema,
  volunteerExtraFieldBodySchema,
  volunteerExtraFieldParamsSchema,
  volunteerParamsSchema,
  volunteerProfileSchema,
  volunteerQualificationCreateSchema,
  volunteerRecordParamsSchema,
  volunteerTeamBodySchema,
  volunteerTeamParamsSchema,
  volunteerTrainingCreateSchema,
} from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { requireActor } from '../../http/require-actor.ts';
import { createGuardianConsentsService } from './guardian-consents.service.ts';
import { createVolunteerRecordsService } from './volunteer-records.service.ts';

/** What hangs off a volunteer: teams, trainings, qualifications, consented extra fields, guardian consents. */
export function registerVolunteerRecordRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const records = createVolunteerRecordsService(deps);
  const consents = createGuardianConsentsService(deps);
  const tags = ['volunteers'];
  const manage = { access: { permission: 'volunteers.manage' as const } };
  const profile = { 200: volunteerProfileSchema };
  const created = { 201: volunteerProfileSchema };

  api.put(
    '/api/volunteers/:id/teams/:teamId',
    {
      config: manage,
      schema: { tags, params: volunteerTeamParamsSchema, body: volunteerTeamBodySchema, response: profile },
    },
    async (request) =>
      records.setTeam(
        requireActor(request.actor),
        request.params.id,
        request.params.teamId,
        request.body.role,
        request.meta,
      ),
  );

  api.delete(
    '/api/volunteers/:id/teams/:teamId',
    { config: manage, schema: { tags, params: volunteerTeamParamsSchema, response: profile } },
    async (request) =>
      records.leaveTeam(requireActor(request.actor), request.params.id, request.params.teamId, request.meta),
  );

  api.post(
    '/api/volunteers/:id/trainings',
    {
      config: manage,
      schema: { tags, params: volunteerParamsSchema, body: volunteerTrainingCreateSchema, response: created },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await records.addTraining(requireActor(request.actor), request.params.id, request.body, request.meta)),
  );

  api.delete(
    '/api/volunteers/:id/trainings/:recordId',
    { config: manage, schema: { tags, params: volunteerRecordParamsSchema, response: profile } },
    async (request) =>
      records.removeTraining(requireActor(request.actor), request.params.id, request.params.recordId, request.meta),
  );

  api.post(
    '/api/volunteers/:id/qualifications',
    {
      config: manage,
      schema: { tags, params: volunteerParamsSchema, body: volunteerQualificationCreateSchema, response: created },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await records.addQualification(requireActor(request.actor), request.params.id, request.body, request.meta),
        ),
  );

  api.delete(
    '/api/volunteers/:id/qualifications/:recordId',
    { config: manage, schema: { tags, params: volunteerRecordParamsSchema, response: profile } },
    async (request) =>
      records.removeQualification(
        requireActor(request.actor),
        request.params.id,
        request.params.recordId,
        request.meta,
      ),
  );

  api.put(
    '/api/volunteers/:id/extra-fields/:field',
    {
      config: manage,
      schema: {
        tags,
        params: volunteerExtraFieldParamsSchema,
        body: volunteerExtraFieldBodySchema,
        response: profile,
      },
    },
    async (request) =>
      records.setExtraField(
        requireActor(request.actor),
        request.params.id,
        request.params.field,
        request.body,
        request.meta,
      ),
  );

  api.delete(
    '/api/volunteers/:id/extra-fields/:field',
    { config: manage, schema: { tags, params: volunteerExtraFieldParamsSchema, response: profile } },
    async (request) =>
      records.removeExtraField(requireActor(request.actor), request.params.id, request.params.field, request.meta),
  );

  api.post(
    '/api/volunteers/:id/guardian-consents',
    {
      config: manage,
      schema: { tags, params: volunteerParamsSchema, body: guardianConsentCreateSchema, response: created },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await consents.add(requireActor(request.actor), request.params.id, request.body, request.meta)),
  );

  api.post(
    '/api/volunteers/:id/guardian-consents/:consentId/revoke',
    { config: manage, schema: { tags, params: guardianConsentParamsSchema, response: profile } },
    async (request) =>
      consents.revoke(requireActor(request.actor), request.params.id, request.params.consentId, request.meta),
  );

  api.post(
    '/api/volunteers/:id/guardian-consents/:consentId/reveal',
    {
      config: { access: { permission: 'volunteers.reveal' as const } },
      schema: {
        tags,
        params: guardianConsentParamsSchema,
        body: revealBodySchema,
        response: { 200: revealResultSchema },
      },
    },
    async (request) =>
      consents.reveal(
        requireActor(request.actor),
        request.params.id,
        request.params.consentId,
        request.body.field,
        request.meta,
      ),
  );
}
