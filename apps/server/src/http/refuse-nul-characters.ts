import type { FastifyInstance } from 'fastify';
import { AppError } from './app-error.ts';

/** The path to the first string holding U+0000 inside a parsed body, query or params, or null. */
function pathToNul(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  // Raw uploads (a spreadsheet's bytes) are binary, not text, and walking them byte by byte would stall the server.
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = pathToNul(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

/**
 * PostgreSQL text cannot hold U+0000 and fails the query; SQLite stores it. Refusing it before validation keeps the
 * two dialects alike and turns what would be a 500 on PostgreSQL into a coded 400 on both.
 */
export function refuseNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const parts = { body: request.body, querystring: request.query, params: request.params };
    for (const [where, value] of Object.entries(parts)) {
      const path = pathToNul(value, [where]);
      if (path) throw new AppError('validation.failed', 400, [{ path: path.join('.'), issue: 'nul_character' }]);
    }
  });
}
