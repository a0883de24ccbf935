import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { registerAuthRoutes } from './auth/auth.routes.ts';
import { createAuthService } from './auth/auth.service.ts';
import { registerHealthRoutes } from './health/health.routes.ts';
import { registerSetupRoutes } from './setup/setup.routes.ts';

/** Every feature module's routes, in one list: a new module adds one line here. */
export function registerModules(app: FastifyInstance, deps: AppDeps) {
  registerHealthRoutes(app, deps);
  registerSetupRoutes(app, deps);
  registerAuthRoutes(app, deps, createAuthService(deps));
}
