import { idParamsSchema } from '@liandong/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../http/app-error.ts';
import { requireActor } from '../../http/require-actor.ts';
import {
  VOLUNTEER_IMPORT_FILE_NAME_HEADER,
  VOLUNTEER_IMPORT_MAX_BYTES,
  volunteerImportCommitSchema,
  volunteerImportListQuerySchema,
  volunteerImportListSchema,
  volunteerImportSchema,
  volunteerImportTemplateQuerySchema,
  volunteerImportUploadHeadersSchema,
} from './import-contracts.ts';
import { TEMPLATE_FILE_NAME, XLSX_CONTENT_TYPE } from './import-template.ts';
import { createVolunteerImportsService, uploadFileName } from './volunteer-imports.service.ts';

/** What a roster upload may be sent as; the file's kind is told from its bytes, whatever the type says. */
const UPLOAD_CONTENT_TYPES = [
  XLSX_CONTENT_TYPE,
  'text/csv',
  // Windows browsers label .csv files this way when Excel is installed.
  'application/vnd.ms-excel',
  'application/octet-stream',
];

/**
 * The uploaded file as the request body. The bytes sit in a private field: hooks that walk a parsed body's entries
 * (refuseNulCharacters walks every key) would otherwise visit a Buffer's millions of indexes one by one.
 */
class UploadedFile {
  readonly #bytes: Buffer;
  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }
  get bytes(): Buffer {
    return this.#bytes;
  }
}

/** Excel roster import: template, upload with preview, commit in the background, progress and history. */
export function registerVolunteerImportRoutes(app: FastifyInstance, deps: AppDeps) {
  const imports = createVolunteerImportsService(deps, app.log);
  app.addHook('onClose', () => imports.drain());
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['volunteer-imports'];
  const manage = { access: { permission: 'volunteers.manage' as const } };

  api.get(
    '/api/volunteer-imports/template.xlsx',
    { config: manage, schema: { tags, querystring: volunteerImportTemplateQuerySchema } },
    async (request, reply) => {
      const file = await imports.template(requireActor(request.actor), request.query.organizationId);
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(TEMPLATE_FILE_NAME)}`)
        .send(file);
    },
  );

  api.get(
    '/api/volunteer-imports/:id',
    { config: manage, schema: { tags, params: idParamsSchema, response: { 200: volunteerImportSchema } } },
    async (request) => imports.get(requireActor(request.actor), request.params.id),
  );

  api.post(
    '/api/volunteer-imports/:id/commit',
    {
      config: manage,
      schema: {
        tags,
        params: idParamsSchema,
        body: volunteerImportCommitSchema,
        response: { 202: volunteerImportSchema },
      },
    },
    async (request, reply) => {
      const started = await imports.commit(requireActor(request.actor), request.params.id, request.body, request.meta);
      return reply.status(202).send(started);
    },
  );

  api.get(
    '/api/organizations/:id/volunteer-imports',
    {
      config: manage,
      schema: {
        tags,
        params: idParamsSchema,
        querystring: volunteerImportListQuerySchema,
        response: { 200: volunteerImportListSchema },
      },
    },
    async (request) => imports.list(requireActor(request.actor), request.params.id, request.query),
  );

  // The upload is the file itself, up to 30 MB, so it gets raw-body parsers of its own in an encapsulated plugin;
  // every other route keeps JSON only and the 1 MB limit. The limit sits on these parsers rather than the route, so
  // JSON sent here still meets the usual 1 MB limit.
  app.register(async (uploads) => {
    for (const type of UPLOAD_CONTENT_TYPES)
      uploads.addContentTypeParser(
        type,
        { parseAs: 'buffer', bodyLimit: VOLUNTEER_IMPORT_MAX_BYTES },
        (_request, body, done) => done(null, new UploadedFile(body as Buffer)),
      );
    uploads.withTypeProvider<ZodTypeProvider>().post(
      '/api/organizations/:id/volunteer-imports',
      {
        config: manage,
        schema: {
          tags,
          description: `The roster file as the request body (xlsx or CSV, at most ${VOLUNTEER_IMPORT_MAX_BYTES / 1024 / 1024} MB), its name URI-encoded in the ${VOLUNTEER_IMPORT_FILE_NAME_HEADER} header.`,
          consumes: UPLOAD_CONTENT_TYPES,
          params: idParamsSchema,
          headers: volunteerImportUploadHeadersSchema,
          response: { 201: volunteerImportSchema },
        },
      },
      async (request, reply) => {
        const body: unknown = request.body;
        // JSON still parses here (the parent's parser); a roster never comes as JSON.
        if (body !== undefined && !(body instanceof UploadedFile))
          throw new AppError('http.unsupported_media_type', 415);
        const previewed = await imports.preview(
          requireActor(request.actor),
          request.params.id,
          {
            buffer: body?.bytes ?? Buffer.alloc(0),
            fileName: uploadFileName(request.headers[VOLUNTEER_IMPORT_FILE_NAME_HEADER]),
          },
          request.meta,
        );
        return reply.status(201).send(previewed);
      },
    );
  });
}
