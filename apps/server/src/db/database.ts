import type {
  ActivitiesTable,
  ActivityCoOrganizersTable,
  ActivityInsuranceTable,
  InsurancePoliciesTable,
  InsuredVolunteersTable,
  ShiftsTable,
} from '../modules/activities/activities.table.ts';
import type { AuditEventsTable } from '../modules/audit/audit.table.ts';
import type { LoginThrottleTable, SessionsTable } from '../modules/auth/auth.table.ts';
import type { ServiceCertificatesTable } from '../modules/certificates/certificates.table.ts';
import type { MembershipsTable } from '../modules/memberships/memberships.table.ts';
import type { OrganizationsTable } from '../modules/organizations/organizations.table.ts';
import type { CheckEventsTable, ParticipationsTable } from '../modules/participations/participations.table.ts';
import type { StarAwardsTable } from '../modules/recognition/star-awards.table.ts';
import type {
  BuildingsTable,
  CommunitiesTable,
  GridsTable,
  RegionsTable,
  StreetsTable,
} from '../modules/regions/regions.table.ts';
import type { ServiceHoursEntriesTable } from '../modules/service-hours/service-hours.table.ts';
import type { InstallationTable } from '../modules/setup/setup.table.ts';
import type { UsersTable } from '../modules/users/users.table.ts';
import type {
  GuardianConsentsTable,
  VolunteerExtraFieldsTable,
  VolunteerImportsTable,
  VolunteerQualificationsTable,
  VolunteerRegistriesTable,
  VolunteersTable,
  VolunteerTeamMembershipsTable,
  VolunteerTrainingsTable,
} from '../modules/volunteers/volunteers.table.ts';

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
  volunteerRegistries: VolunteerRegistriesTable;
  volunteers: VolunteersTable;
  volunteerTeamMemberships: VolunteerTeamMembershipsTable;
  volunteerTrainings: VolunteerTrainingsTable;
  volunteerQualifications: VolunteerQualificationsTable;
  volunteerExtraFields: VolunteerExtraFieldsTable;
  guardianConsents: GuardianConsentsTable;
  volunteerImports: VolunteerImportsTable;
  activities: ActivitiesTable;
  activityCoOrganizers: ActivityCoOrganizersTable;
  shifts: ShiftsTable;
  participations: ParticipationsTable;
  checkEvents: CheckEventsTable;
  insurancePolicies: InsurancePoliciesTable;
  insuredVolunteers: InsuredVolunteersTable;
  activityInsurance: ActivityInsuranceTable;
  serviceHoursEntries: ServiceHoursEntriesTable;
  starAwards: StarAwardsTable;
  serviceCertificates: ServiceCertificatesTable;
}
