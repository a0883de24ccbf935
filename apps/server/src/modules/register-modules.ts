import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { registerActivityRoutes } from './activities/activities.routes.ts';
import { registerAuditRoutes } from './audit/audit.routes.ts';
import { registerAuthRoutes } from './auth/auth.routes.ts';
import { createAuthService } from './auth/auth.service.ts';
import { registerCertificateRoutes } from './certificates/certificates.routes.ts';
import { registerHealthRoutes } from './health/health.routes.ts';
import { registerMembershipRoutes } from './memberships/memberships.routes.ts';
import { registerOrganizationRoutes } from './organizations/organizations.routes.ts';
import { registerParticipationRoutes } from './participations/participations.routes.ts';
import { registerRecognitionRoutes } from './recognition/recognition.routes.ts';
import { registerCommunityRoutes } from './regions/communities.routes.ts';
import { registerRegionRoutes } from './regions/regions.routes.ts';
import { registerServiceHoursRoutes } from './service-hours/service-hours.routes.ts';
import { registerSetupRoutes } from './setup/setup.routes.ts';
import { registerUserRoutes } from './users/users.routes.ts';
import { registerVolunteerImportRoutes } from './volunteer-imports/volunteer-imports.routes.ts';
import { registerVolunteerStatsRoutes } from './volunteer-stats/volunteer-stats.routes.ts';
import { registerVolunteerRoutes } from './volunteers/volunteers.routes.ts';

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
  registerVolunteerRoutes(app, deps);
  registerActivityRoutes(app, deps);
  registerParticipationRoutes(app, deps);
  registerServiceHoursRoutes(app, deps);
  registerVolunteerStatsRoutes(app, deps);
  registerRecognitionRoutes(app, deps);
  registerCertificateRoutes(app, deps);
  registerVolunteerImportRoutes(app, deps);
}
