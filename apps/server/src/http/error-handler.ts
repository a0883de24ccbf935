import type { ErrorBody, ErrorCode } from '@liandong/domain';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from './app-error.ts';

// Fastify's own client errors, by code, mapped to ours.
const FASTIFY_CODES: Record<string, { code: ErrorCode; status: number }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'http.payload_too_large', status: 413 },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'http.unsupported_media_type', status: 415 },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'http.malformed_json', status: 400 },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'http.malformed_json', status: 400 },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'http.malformed_json', status: 400 },
};

/** Turns every error into `{ code, message?, details? }`; no stack trace reaches a client. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (status: number, body: ErrorBody) => reply.status(status).send(body);

    if (error instanceof AppError) {
      return send(error.status, {
        code: error.code,
        ...(error.details === undefined ? {} : { details: error.details }),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const details = error.validation.map((issue) => ({
        path: [where, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        issue: issue.keyword,
        message: issue.message,
      }));
      return send(400, { code: 'validation.failed', details });
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return send(mapped.status, { code: mapped.code });
    // JSON syntax errors surface from the parser as plain 400s.
    if (error.statusCode === 400 && error instanceof SyntaxError) return send(400, { code: 'http.malformed_json' });
    if (error.statusCode === 429) return send(429, { code: 'http.rate_limited' });
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, requestId: request.id }, 'response did not match its schema');
      return send(500, { code: 'http.internal' });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(error.statusCode, { code: 'validation.failed', message: error.message });
    }
    request.log.error({ err: error, requestId: request.id }, 'unhandled error');
    return send(500, { code: 'http.internal' });
  });
}
