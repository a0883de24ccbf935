import {
  type AvailabilitySlot,
  ageOn,
  type GuardianConsent,
  type IdType,
  minorRequirements,
  type RegistrySettings,
  type VolunteerListItem,
  type VolunteerProfile,
} from '@liandong/domain';
import type { Selectable } from 'kysely';
import type { GuardianConsentRow } from './volunteer-records.repository.ts';
import type { VolunteerDetailRow, VolunteerListRow } from './volunteers.repository.ts';
import type {
  VolunteerExtraFieldsTable,
  VolunteerQualificationsTable,
  VolunteerTrainingsTable,
} from './volunteers.table.ts';

const parseList = <T>(json: string): T[] => JSON.parse(json) as T[];

/** A row of the volunteer list: identity masked, age worked out for today. */
export function presentVolunteerListItem(
  row: VolunteerListRow,
  today: string,
): Omit<VolunteerListItem, 'approvedHundredths'> {
  return {
    id: row.id,
    localNo: row.localNo,
    name: row.name,
    gender: row.gender,
    age: ageOn(row.birthDate, today),
    idType: row.idType as IdType,
    idNumberMasked: row.idNumberMasked,
    phoneMasked: row.phoneMasked,
    status: row.status,
    homeOrganization: { id: row.homeOrganizationId, name: row.homeOrganizationName },
    skills: parseList<string>(row.skills),
    registeredAt: row.registeredAt,
  };
}

/** Active, or why not: revoked wins over expired, and a consent expires after its last day. */
export function presentGuardianConsent(row: GuardianConsentRow, today: string): GuardianConsent {
  const state =
    row.revokedAt !== null ? 'revoked' : row.expiresOn !== null && row.expiresOn < today ? 'expired' : 'active';
  return {
    id: row.id,
    guardianName: row.guardianName,
    relation: row.relation,
    phoneMasked: row.phoneMasked,
    idType: row.idType as IdType | null,
    idNumberMasked: row.idNumberMasked,
    consentedAt: row.consentedAt,
    scope: row.scope,
    activityId: row.activityId,
    expiresOn: row.expiresOn,
    method: row.method,
    revokedAt: row.revokedAt,
    state,
  };
}

export interface VolunteerRecords {
  teams: { teamId: string; name: string; role: 'member' | 'team_lead'; joinedAt: number }[];
  trainings: Selectable<VolunteerTrainingsTable>[];
  qualifications: Selectable<VolunteerQualificationsTable>[];
  extraFields: Selectable<VolunteerExtraFieldsTable>[];
  guardianConsents: GuardianConsentRow[];
  hours: { approvedHundredths: number; pendingHundredths: number };
}

/** The skill codes with their names from the registry's list (a code since dropped from the list shows as itself). */
export function skillDetailsOf(codes: readonly string[], settings: RegistrySettings) {
  const names = new Map(settings.skills.map((skill) => [skill.code, skill.name]));
  return codes.map((code) => ({ code, name: names.get(code) ?? code }));
}

/** The whole profile: the registry's minors policy applied to today's age, records attached, identity masked. */
export function presentVolunteerProfile(
  row: VolunteerDetailRow,
  records: VolunteerRecords,
  settings: RegistrySettings,
  today: string,
): VolunteerProfile {
  const age = ageOn(row.birthDate, today);
  const skills = parseList<string>(row.skills);
  const consents = records.guardianConsents.map((consent) => presentGuardianConsent(consent, today));
  return {
    ...presentVolunteerListItem({ ...row, homeOrganizationName: row.homeOrganizationName }, today),
    registry: { id: row.registryId, name: row.registryName },
    homeOrganization: { id: row.homeOrganizationId, name: row.homeOrganizationName, kind: row.homeOrganizationKind },
    nationalNo: row.nationalNo,
    birthDate: row.birthDate,
    minor: {
      isMinor: age < 18,
      ...minorRequirements(age, settings.minorsPolicy),
      hasActiveConsent: consents.some((consent) => consent.state === 'active' && consent.scope === 'all'),
    },
    source: row.source,
    statusChangedAt: row.statusChangedAt,
    statusReason: row.statusReason,
    approvedAt: row.approvedAt,
    teams: records.teams.map(({ teamId, name, role, joinedAt }) => ({ teamId, name, role, joinedAt })),
    skillDetails: skillDetailsOf(skills, settings),
    availability: parseList<AvailabilitySlot>(row.availability),
    trainings: records.trainings.map((training) => ({
      id: training.id,
      course: training.course,
      provider: training.provider,
      trainedOn: training.trainedOn,
      hours: training.hundredths / 100,
      result: training.result,
      createdAt: training.createdAt,
    })),
    qualifications: records.qualifications.map((qualification) => ({
      id: qualification.id,
      name: qualification.name,
      certificateNo: qualification.certificateNo,
      issuedOn: qualification.issuedOn,
      expiresOn: qualification.expiresOn,
      expired: qualification.expiresOn !== null && qualification.expiresOn < today,
    })),
    extraFields: records.extraFields.map((extra) => ({
      field: extra.field,
      value: extra.value,
      consentedAt: extra.consentedAt,
      consentMethod: extra.consentMethod,
    })),
    guardianConsents: consents,
    hours: records.hours,
    account: row.userId && row.username ? { userId: row.userId, username: row.username } : null,
    updatedAt: row.updatedAt,
  };
}
