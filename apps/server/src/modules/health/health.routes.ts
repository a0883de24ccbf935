import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { dialectOf } from '../../db/create-db.ts';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({
    reachable: z.boolean(),
    dialect: z.enum(['sqlite', 'postgres']),
    version: z.string().nullable(),
  }),
});

export function registerHealthRoutes(app: FastifyInstance, { db }: AppDeps) {
  const dialect = dialectOf(db);
  const versionQuery =
    dialect === 'postgres'
      ? sql<{ v: string }>`select version() as v`
      : sql<{ v: string }>`select sqlite_version() as v`;

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: { tags: ['health'], response: { 200: healthSchema, 503: healthSchema } },
    },
    async (request, reply) => {
      try {
        const { rows } = await versionQuery.execute(db);
        return { status: 'ok' as const, database: { reachable: true, dialect, version: rows[0]?.v ?? null } };
      } catch (error) {
        request.log.error({ err: error }, 'database unreachable');
        return reply.status(503).send({ status: 'degraded', database: { reachable: false, dialect, version: null } });
      }
    },
  );
}
