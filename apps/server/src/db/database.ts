import type { AuditEventsTable } from '../modules/audit/audit.table.ts';
import type { LoginThrottleTable, SessionsTable } from '../modules/auth/auth.table.ts';
import type { MembershipsTable } from '../modules/memberships/memberships.table.ts';
import type { OrganizationsTable } from '../modules/organizations/organizations.table.ts';
import type {
  BuildingsTable,
  CommunitiesTable,
  GridsTable,
  RegionsTable,
  StreetsTable,
} from '../modules/regions/regions.table.ts';
import type { InstallationTable } from '../modules/setup/setup.table.ts';
import type { UsersTable } from '../modules/users/users.table.ts';

/** Every table, keyed by its SQL name; columns are camelCase here and snake_case in SQL (CamelCasePlugin). */
export interface Database {
  installation: InstallationTable;
  users: UsersTable;
  sessions: SessionsTable;
  loginThrottle: LoginThrottleTable;
  organizations: OrganizationsTable;
  memberships: MembershipsTable;
  regions: RegionsTable;
  streets: StreetsTable;
  communities: CommunitiesTable;
  grids: GridsTable;
  buildings: BuildingsTable;
  auditEvents: AuditEventsTable;
}
