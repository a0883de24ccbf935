import type {
  Activity,
  ActivitySummary,
  InsurancePolicy,
  InsurancePolicySummary,
  Place,
  Shift,
} from '@liandong/domain';
import type { ActivityRow, CoOrganizerRow, PresentableActivityRow } from './activities.repository.ts';
import type { PresentableInsurancePolicyRow } from './insurance.repository.ts';
import type { PresentableShiftRow, ShiftDemand } from './shifts.repository.ts';

function presentPlace(row: Pick<ActivityRow, 'address' | 'latitude' | 'longitude' | 'geofenceM'>): Place | null {
  if (row.address === null) return null;
  return { address: row.address, latitude: row.latitude, longitude: row.longitude, geofenceM: row.geofenceM };
}

/** What the API shows of an activity: paths stay inside the server. */
export function presentActivity(row: PresentableActivityRow, coOrganizers: readonly CoOrganizerRow[]): Activity {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    content: row.content,
    status: row.status,
    organization: { id: row.organizationId, name: row.organizationName },
    registry: row.registryId && row.registryName ? { id: row.registryId, name: row.registryName } : null,
    lead: { userId: row.leadUserId, displayName: row.leadName },
    coOrganizers: coOrganizers
      .filter((item) => item.activityId === row.id)
      .map((item) => ({ organizationId: item.organizationId, name: item.name, role: item.role })),
    place: presentPlace(row),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    beneficiaryGroup: row.beneficiaryGroup,
    riskLevel: row.riskLevel,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function presentActivitySummary(
  row: Pick<
    ActivityRow,
    | 'id'
    | 'type'
    | 'title'
    | 'status'
    | 'organizationId'
    | 'address'
    | 'latitude'
    | 'longitude'
    | 'geofenceM'
    | 'riskLevel'
    | 'startsAt'
    | 'endsAt'
  > & { organizationName: string },
): ActivitySummary {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    status: row.status,
    organization: { id: row.organizationId, name: row.organizationName },
    place: presentPlace(row),
    riskLevel: row.riskLevel,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
  };
}

const NO_DEMAND: ShiftDemand = { requested: 0, waitlisted: 0 };

export function presentShift(row: PresentableShiftRow, demand: ShiftDemand = NO_DEMAND): Shift {
  return {
    id: row.id,
    activityId: row.activityId,
    role: row.role,
    description: row.description,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    capacity: row.capacity,
    confirmedCount: row.confirmedCount,
    requestedCount: demand.requested,
    waitlistedCount: demand.waitlisted,
    seatsLeft: Math.max(0, row.capacity - row.confirmedCount),
    requiredSkills: JSON.parse(row.requiredSkills) as string[],
    requiredQualifications: JSON.parse(row.requiredQualifications) as string[],
    minAge: row.minAge,
    minorsAllowed: row.minorsAllowed === 1,
    signupFlow: row.signupFlow,
    waitlistEnabled: row.waitlistEnabled === 1,
    leadVolunteer:
      row.leadVolunteerId && row.leadVolunteerName ? { id: row.leadVolunteerId, name: row.leadVolunteerName } : null,
    checkinOpensMin: row.checkinOpensMin,
    checkinClosesMin: row.checkinClosesMin,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function presentInsuranceSummary(row: PresentableInsurancePolicyRow): InsurancePolicySummary {
  return {
    id: row.id,
    insurer: row.insurer,
    policyNo: row.policyNo,
    coverageFrom: row.coverageFrom,
    coverageTo: row.coverageTo,
    coversAllVolunteers: row.coversAllVolunteers === 1,
    insuredCount: Number(row.insuredCount ?? 0),
  };
}

export function presentInsurancePolicy(row: PresentableInsurancePolicyRow): InsurancePolicy {
  return {
    ...presentInsuranceSummary(row),
    organization: { id: row.organizationId, name: row.organizationName },
    sumInsuredFen: row.sumInsuredFen === null ? null : Number(row.sumInsuredFen),
    createdAt: row.createdAt,
  };
}
