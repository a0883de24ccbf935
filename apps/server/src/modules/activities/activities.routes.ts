import {
  activityCreateSchema,
  activityDetailSchema,
  activityInsuranceParamsSchema,
  activityListQuerySchema,
  activityPageSchema,
  activityUpdateSchema,
  attachInsuranceSchema,
  idParamsSchema,
  insurancePolicyCreateSchema,
  insurancePolicyDetailSchema,
  insurancePolicyListQuerySchema,
  insurancePolicyPageSchema,
  insuredVolunteersSchema,
  openShiftListSchema,
  openShiftQuerySchema,
  shiftCreateSchema,
  shiftDetailSchema,
  shiftUpdateSchema,
} from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { requireActor } from '../../http/require-actor.ts';
import { createActivitiesService } from './activities.service.ts';
import { createInsuranceService } from './insurance.service.ts';
import { createOpenShiftsService } from './open-shifts.service.ts';
import { createShiftsService } from './shifts.service.ts';

export function registerActivityRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const activities = createActivitiesService(deps);
  const shifts = createShiftsService(deps);
  const insurance = createInsuranceService(deps);
  const openShifts = createOpenShiftsService(deps);
  const tags = ['activities'];
  // Reading is open to activities.manage or volunteers.read holders and to an activity's lead: the services decide.
  const read = { access: 'authenticated' as const };
  const manage = { access: { permission: 'activities.manage' as const } };

  api.get(
    '/api/activities',
    { config: read, schema: { tags, querystring: activityListQuerySchema, response: { 200: activityPageSchema } } },
    async (request) => activities.list(requireActor(request.actor), request.query),
  );

  api.post(
    '/api/activities',
    { config: manage, schema: { tags, body: activityCreateSchema, response: { 201: activityDetailSchema } } },
    async (request, reply) => {
      const activity = await activities.create(requireActor(request.actor), request.body, request.meta);
      return reply.status(201).send(activity);
    },
  );

  api.get(
    '/api/activities/:id',
    { config: read, schema: { tags, params: idParamsSchema, response: { 200: activityDetailSchema } } },
    async (request) => activities.get(requireActor(request.actor), request.params.id),
  );

  api.patch(
    '/api/activities/:id',
    {
      config: manage,
      schema: { tags, params: idParamsSchema, body: activityUpdateSchema, response: { 200: activityDetailSchema } },
    },
    async (request) => activities.update(requireActor(request.actor), request.params.id, request.body, request.meta),
  );

  api.post(
    '/api/activities/:id/cancel',
    { config: manage, schema: { tags, params: idParamsSchema, response: { 200: activityDetailSchema } } },
    async (request) => activities.cancel(requireActor(request.actor), request.params.id, request.meta),
  );

  api.post(
    '/api/activities/:id/shifts',
    {
      config: manage,
      schema: { tags, params: idParamsSchema, body: shiftCreateSchema, response: { 201: shiftDetailSchema } },
    },
    async (request, reply) => {
      const shift = await shifts.create(requireActor(request.actor), request.params.id, request.body, request.meta);
      return reply.status(201).send(shift);
    },
  );

  api.get(
    '/api/shifts/:id',
    { config: read, schema: { tags, params: idParamsSchema, response: { 200: shiftDetailSchema } } },
    async (request) => shifts.get(requireActor(request.actor), request.params.id),
  );

  api.patch(
    '/api/shifts/:id',
    {
      config: manage,
      schema: { tags, params: idParamsSchema, body: shiftUpdateSchema, response: { 200: shiftDetailSchema } },
    },
    async (request) => shifts.update(requireActor(request.actor), request.params.id, request.body, request.meta),
  );

  api.post(
    '/api/shifts/:id/cancel',
    { config: manage, schema: { tags, params: idParamsSchema, response: { 200: shiftDetailSchema } } },
    async (request) => shifts.cancel(requireActor(request.actor), request.params.id, request.meta),
  );

  api.get(
    '/api/me/open-shifts',
    {
      config: { access: 'authenticated' },
      schema: { tags, querystring: openShiftQuerySchema, response: { 200: openShiftListSchema } },
    },
    async (request) => openShifts.list(requireActor(request.actor), request.query),
  );

  api.get(
    '/api/insurance-policies',
    {
      config: read,
      schema: { tags, querystring: insurancePolicyListQuerySchema, response: { 200: insurancePolicyPageSchema } },
    },
    async (request) => insurance.list(requireActor(request.actor), request.query),
  );

  api.post(
    '/api/insurance-policies',
    {
      config: manage,
      schema: { tags, body: insurancePolicyCreateSchema, response: { 201: insurancePolicyDetailSchema } },
    },
    async (request, reply) => {
      const policy = await insurance.create(requireActor(request.actor), request.body, request.meta);
      return reply.status(201).send(policy);
    },
  );

  api.get(
    '/api/insurance-policies/:id',
    { config: read, schema: { tags, params: idParamsSchema, response: { 200: insurancePolicyDetailSchema } } },
    async (request) => insurance.get(requireActor(request.actor), request.params.id),
  );

  api.put(
    '/api/insurance-policies/:id/volunteers',
    {
      config: manage,
      schema: {
        tags,
        params: idParamsSchema,
        body: insuredVolunteersSchema,
        response: { 200: insurancePolicyDetailSchema },
      },
    },
    async (request) =>
      insurance.replaceVolunteers(
        requireActor(request.actor),
        request.params.id,
        request.body.volunteerIds,
        request.meta,
      ),
  );

  api.post(
    '/api/activities/:id/insurance',
    {
      config: manage,
      schema: { tags, params: idParamsSchema, body: attachInsuranceSchema, response: { 200: activityDetailSchema } },
    },
    async (request) =>
      insurance.attach(requireActor(request.actor), request.params.id, request.body.policyId, request.meta),
  );

  api.delete(
    '/api/activities/:id/insurance/:policyId',
    {
      config: manage,
      schema: { tags, params: activityInsuranceParamsSchema, response: { 200: activityDetailSchema } },
    },
    async (request) =>
      insurance.detach(requireActor(request.actor), request.params.id, request.params.policyId, request.meta),
  );
}
