import type {
  ActivityStatus,
  ActivityType,
  CoOrganizerRole,
  RiskLevel,
  ShiftStatus,
  SignupFlow,
} from '@liandong/domain';

export interface ActivitiesTable {
  id: string;
  organizationId: string;
  organizationPath: string;
  registryId: string | null;
  type: ActivityType;
  title: string;
  content: string | null;
  leadUserId: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  geofenceM: number | null;
  startsAt: number;
  endsAt: number;
  beneficiaryGroup: string | null;
  riskLevel: RiskLevel;
  status: ActivityStatus;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface ActivityCoOrganizersTable {
  activityId: string;
  organizationId: string;
  role: CoOrganizerRole;
}

export interface ShiftsTable {
  id: string;
  activityId: string;
  role: string;
  description: string | null;
  startsAt: number;
  endsAt: number;
  capacity: number;
  confirmedCount: number;
  /** JSON arrays of skill codes and qualification names a volunteer must hold. */
  requiredSkills: string;
  requiredQualifications: string;
  minAge: number | null;
  minorsAllowed: number;
  signupFlow: SignupFlow;
  waitlistEnabled: number;
  leadVolunteerId: string | null;
  /** Minutes before the start the check-in opens and after the start it closes; null takes the registry's. */
  checkinOpensMin: number | null;
  checkinClosesMin: number | null;
  status: ShiftStatus;
  createdAt: number;
  updatedAt: number;
}

export interface InsurancePoliciesTable {
  id: string;
  organizationId: string;
  organizationPath: string;
  insurer: string;
  policyNo: string;
  coverageFrom: string;
  coverageTo: string;
  sumInsuredFen: number | null;
  coversAllVolunteers: number;
  createdBy: string | null;
  createdAt: number;
}

export interface InsuredVolunteersTable {
  policyId: string;
  volunteerId: string;
}

export interface ActivityInsuranceTable {
  activityId: string;
  policyId: string;
  attachedAt: number;
  attachedBy: string | null;
}
