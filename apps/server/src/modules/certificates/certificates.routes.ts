import {
  certificateIssueSchema,
  certificateListSchema,
  certificateRevokeSchema,
  certificateSchema,
  certificateTokenParamsSchema,
  certificateVerificationSchema,
  idParamsSchema,
  myCertificateRequestSchema,
} from '@liandong/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { requireActor } from '../../http/require-actor.ts';
import { createCertificatesService } from './certificates.service.ts';

/** Where the request came in (protocol and host, as told by a trusted proxy), for the printed verification URL. */
const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

/** 志愿服务记录证明: issue, self-service request, lists, the PDF, revocation and public verification. */
export function registerCertificateRoutes(app: FastifyInstance, deps: AppDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const certificates = createCertificatesService(deps);
  const tags = ['certificates'];
  const issue = { access: { permission: 'certificates.issue' as const } };
  const signedIn = { access: 'authenticated' as const };

  api.post(
    '/api/volunteers/:id/certificates',
    {
      config: issue,
      schema: { tags, params: idParamsSchema, body: certificateIssueSchema, response: { 201: certificateSchema } },
    },
    async (request, reply) => {
      const certificate = await certificates.issue(
        requireActor(request.actor),
        request.params.id,
        request.body,
        request.meta,
      );
      return reply.status(201).send(certificate);
    },
  );

  api.get(
    '/api/volunteers/:id/certificates',
    {
      config: { access: { permission: 'volunteers.read' } },
      schema: { tags, params: idParamsSchema, response: { 200: certificateListSchema } },
    },
    async (request) => certificates.listForVolunteer(requireActor(request.actor), request.params.id),
  );

  api.post(
    '/api/me/certificates',
    { config: signedIn, schema: { tags, body: myCertificateRequestSchema, response: { 201: certificateSchema } } },
    async (request, reply) => {
      const certificate = await certificates.requestOwn(requireActor(request.actor), request.body, request.meta);
      return reply.status(201).send(certificate);
    },
  );

  api.get(
    '/api/me/certificates',
    { config: signedIn, schema: { tags, response: { 200: certificateListSchema } } },
    async (request) => certificates.listMine(requireActor(request.actor)),
  );

  // The volunteer themselves or volunteers.read over them; the service decides, so the route only asks for a session.
  // No automatic HEAD route: it would render the file and audit a download that never left.
  api.get(
    '/api/certificates/:id.pdf',
    { config: signedIn, exposeHeadRoute: false, schema: { tags, params: idParamsSchema } },
    async (request, reply) => {
      const { number, pdf } = await certificates.download(
        requireActor(request.actor),
        request.params.id,
        originOf(request),
        request.meta,
      );
      const fileName = encodeURIComponent(`志愿服务记录证明-${number}.pdf`);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${number}.pdf"; filename*=UTF-8''${fileName}`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  api.post(
    '/api/certificates/:id/revoke',
    {
      config: issue,
      schema: { tags, params: idParamsSchema, body: certificateRevokeSchema, response: { 200: certificateSchema } },
    },
    async (request) =>
      certificates.revoke(requireActor(request.actor), request.params.id, request.body.reason, request.meta),
  );

  // Public: whoever holds the printed certificate scans its QR code; the token is random, the answer minimal.
  api.get(
    '/api/public/certificates/:token',
    {
      config: { access: 'public' },
      schema: { tags, params: certificateTokenParamsSchema, response: { 200: certificateVerificationSchema } },
    },
    async (request, reply) => {
      const verification = await certificates.verify(request.params.token);
      // A revocation must show at once, so nothing in between may keep an old answer.
      return reply.header('cache-control', 'no-store').send(verification);
    },
  );
}
