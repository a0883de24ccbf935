import {
  assignmentBodySchema,
  assignmentResultSchema,
  checkinPreviewSchema,
  checkinTokenSchema,
  checkResultSchema,
  evaluationBodySchema,
  idParamsSchema,
  ledShiftsQuerySchema,
  ledShiftsSchema,
  myParticipationListSchema,
  participationParamsSchema,
  participationSchema,
  personalQrCheckBodySchema,
  personalQrSchema,
  qrCheckBodySchema,
  rosterCheckBodySchema,
  rosterSchema,
  signupBodySchema,
} from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { requireActor } from '../../http/require-actor.ts';
import { createAttendanceService } from './attendance.service.ts';
import { createCheckinService } from './checkin.service.ts';
import { createSignupService } from './signup.service.ts';

const AUTO_CHECKOUT_EVERY_MS = 60_000;

export function registerParticipationRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const signups = createSignupService(deps);
  const checkins = createCheckinService(deps);
  const attendance = createAttendanceService(deps);
  const tags = ['participations'];
  // Leads may be a social worker or a volunteer team lead without permissions over the organizer: the services
  // decide per shift, so these routes only require a signed-in user.
  const signedIn = { access: 'authenticated' as const };
  const coordinate = { access: { permission: 'activities.manage' as const } };
  const params = participationParamsSchema;

  api.post(
    '/api/shifts/:id/signups',
    {
      config: signedIn,
      schema: { tags, params: idParamsSchema, body: signupBodySchema, response: { 201: participationSchema } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await signups.signUp(requireActor(request.actor), request.params.id, request.body, request.meta)),
  );

  api.post(
    '/api/shifts/:id/assignments',
    {
      config: coordinate,
      schema: { tags, params: idParamsSchema, body: assignmentBodySchema, response: { 201: assignmentResultSchema } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await signups.assign(requireActor(request.actor), request.params.id, request.body.volunteerIds, request.meta),
        ),
  );

  api.get(
    '/api/shifts/:id/roster',
    { config: signedIn, schema: { tags, params: idParamsSchema, response: { 200: rosterSchema } } },
    async (request) => attendance.roster(requireActor(request.actor), request.params.id),
  );

  api.get(
    '/api/me/led-shifts',
    { config: signedIn, schema: { tags, querystring: ledShiftsQuerySchema, response: { 200: ledShiftsSchema } } },
    async (request) => attendance.ledShifts(requireActor(request.actor), request.query.date),
  );

  for (const [action, decide] of [
    ['confirm', signups.confirm],
    ['decline', signups.decline],
  ] as const)
    api.post(
      `/api/participations/:id/${action}`,
      { config: coordinate, schema: { tags, params, response: { 200: participationSchema } } },
      async (request) => decide(requireActor(request.actor), request.params.id, request.meta),
    );

  api.post(
    '/api/participations/:id/cancel',
    { config: signedIn, schema: { tags, params, response: { 200: participationSchema } } },
    async (request) => signups.cancel(requireActor(request.actor), request.params.id, request.meta),
  );

  api.post(
    '/api/participations/:id/no-show',
    { config: signedIn, schema: { tags, params, response: { 200: participationSchema } } },
    async (request) => attendance.markNoShow(requireActor(request.actor), request.params.id, request.meta),
  );

  api.post(
    '/api/participations/:id/evaluation',
    { config: signedIn, schema: { tags, params, body: evaluationBodySchema, response: { 200: participationSchema } } },
    async (request) => attendance.evaluate(requireActor(request.actor), request.params.id, request.body, request.meta),
  );

  api.post(
    '/api/participations/:id/checks',
    { config: signedIn, schema: { tags, params, body: rosterCheckBodySchema, response: { 200: checkResultSchema } } },
    async (request) =>
      checkins.checkFromRoster(requireActor(request.actor), request.params.id, request.body, request.meta),
  );

  api.get(
    '/api/shifts/:id/checkin-code',
    { config: signedIn, schema: { tags, params: idParamsSchema, response: { 200: checkinTokenSchema } } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return checkins.issueToken(requireActor(request.actor), request.params.id);
    },
  );

  api.get(
    '/api/checkin/preview',
    {
      config: signedIn,
      schema: {
        tags,
        querystring: z.strictObject({ token: z.string().trim().min(1).max(300) }),
        response: { 200: checkinPreviewSchema },
      },
    },
    async (request) => checkins.preview(requireActor(request.actor), request.query.token),
  );

  api.post(
    '/api/checkin',
    { config: signedIn, schema: { tags, body: qrCheckBodySchema, response: { 200: checkResultSchema } } },
    async (request) => checkins.checkWithShiftCode(requireActor(request.actor), request.body, request.meta),
  );

  api.post(
    '/api/shifts/:id/card-checks',
    {
      config: signedIn,
      schema: { tags, params: idParamsSchema, body: personalQrCheckBodySchema, response: { 200: checkResultSchema } },
    },
    async (request) =>
      checkins.checkWithCard(requireActor(request.actor), request.params.id, request.body, request.meta),
  );

  api.get(
    '/api/me/participations',
    { config: signedIn, schema: { tags, response: { 200: myParticipationListSchema } } },
    async (request) => attendance.mine(requireActor(request.actor)),
  );

  api.get(
    '/api/me/volunteer-cards',
    { config: signedIn, schema: { tags, response: { 200: z.object({ items: z.array(personalQrSchema) }) } } },
    async (request) => ({ items: await checkins.personalCodes(requireActor(request.actor)) }),
  );

  // Volunteers who forget to check out are checked out at the shift's end and flagged, by a sweep every minute.
  let sweep: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    sweep = setInterval(() => {
      attendance.closeForgottenCheckOuts().catch((error: unknown) => app.log.error({ err: error }, 'auto check-out'));
    }, AUTO_CHECKOUT_EVERY_MS);
    sweep.unref();
  });
  app.addHook('onClose', async () => clearInterval(sweep));
}
