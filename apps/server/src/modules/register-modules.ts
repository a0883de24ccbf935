import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { registerAuditRoutes } from './audit/audit.routes.ts';
import { registerAuthRoutes } from './auth/auth.routes.ts';
import { createAuthService } from './auth/auth.service.ts';
import { registerHealthRoutes } from './health/health.routes.ts';
import { registerMembershipRoutes } from './memberships/memberships.routes.ts';
import { registerOrganizationRoutes } from './organizations/organizations.routes.ts';
import { registerCommunityRoutes } from './regions/communities.routes.ts';
import { registerRegionRoutes } from './regions/regions.routes.ts';
import { registerSetupRoutes } from './setup/setup.routes.ts';
import { registerUserRoutes } from './users/users.routes.ts';

/** Every feature module's routes, in one list: a new module adds one line here. */
export function registerModules(app: FastifyInstance, deps: AppDeps) {
  registerHealthRoutes(app, deps);
  registerSetupRoutes(app, deps);
  registerAuthRoutes(app, deps, createAuthService(deps));
  registerOrganizationRoutes(app, deps);
  registerMembershipRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerRegionRoutes(app, deps);
  registerCommunityRoutes(app, deps);
  registerAuditRoutes(app, deps);
}
