import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppDeps } from './app-deps.ts';
import type { Config } from './config/config.ts';
import type { Db } from './db/create-db.ts';
import type { RouteAccess } from './http/access.ts';
import { registerAuthentication } from './http/authentication.ts';
import { registerErrorHandling } from './http/error-handler.ts';
import { refuseNulCharacters } from './http/refuse-nul-characters.ts';
import { type Clock, systemClock } from './lib/clock.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { registerModules } from './modules/register-modules.ts';
import { createKeys } from './secrets/keys.ts';

export interface BuildAppOptions {
  db: Db;
  config: Config;
  clock?: Clock;
}

/** What tests read to walk every API route (guards, bad input). */
export interface ApiRoute {
  method: RouteOptions['method'];
  url: string;
  access: RouteAccess | undefined;
  schema: RouteOptions['schema'];
}

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: ApiRoute[];
  }
}

// Routes the OpenAPI plugins register for themselves; they are documentation, open to all.
const DOCUMENTATION_PREFIX = '/api/docs';

/** Builds the HTTP app without listening; tests use `app.inject`, `main.ts` calls `listen`. */
export async function buildApp({ db, config, clock = systemClock }: BuildAppOptions): Promise<FastifyInstance> {
  // Resolving the key reads or writes a file, so the CLI does it before building; tests get one from testConfig.
  if (config.masterKey === null) throw new Error('master key not resolved: call resolveMasterKey before buildApp');
  const deps: AppDeps = { db, config, clock, keys: createKeys(config.masterKey) };
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: anything else sent to a JSON route is refused with 415 rather than half-understood.
  app.removeContentTypeParser('text/plain');

  const apiRoutes: ApiRoute[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    if (route.url.startsWith(DOCUMENTATION_PREFIX)) route.config = { ...route.config, access: 'public' };
    if (!route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} declares no access: guard it or mark it public`);
    }
    apiRoutes.push({ method: route.method, url: route.url, access: route.config.access, schema: route.schema });
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Liandong 联动 API', version: '0.1.0', description: '社工、义工与社会组织联动服务平台' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ld_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: DOCUMENTATION_PREFIX });

  registerErrorHandling(app);
  refuseNulCharacters(app);
  registerAuthentication(app, createAuthService(deps), config);
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
  registerModules(app, deps);
  await registerWebApp(app, config);
  return app;
}

/**
 * Serves the built web app when there is one, with every other GET outside /api falling back to index.html for the
 * client-side router; anything else unknown is a JSON 404.
 */
async function registerWebApp(app: FastifyInstance, config: Config) {
  const dist = config.webDist ?? path.resolve(import.meta.dirname, '../../web/dist');
  const hasWebApp = fs.existsSync(path.join(dist, 'index.html'));
  // wildcard: files are looked up per request, so a rebuilt web app is served without restarting the server.
  if (hasWebApp) {
    await app.register(fastifyStatic, { root: dist, wildcard: true, index: false });
    app.get('/', (_request, reply) =>
      reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html'),
    );
  }
  app.setNotFoundHandler((request, reply) => {
    if (!hasWebApp || request.url.startsWith('/api') || request.method !== 'GET') {
      return reply.status(404).send({ code: 'http.not_found' });
    }
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
  });
}
