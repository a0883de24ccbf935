import type {
  ConsentMethod,
  Gender,
  GuardianConsentScope,
  ImportStatus,
  TeamRole,
  VolunteerSource,
  VolunteerStatus,
} from '@liandong/domain';

/** A registry root's rules (JSON of the domain's registry settings schema) and its number counters. */
export interface VolunteerRegistriesTable {
  organizationId: string;
  settings: string;
  lastLocalNo: number;
  lastCertificateNo: number;
  updatedAt: number;
}

export interface VolunteersTable {
  id: string;
  registryId: string;
  homeOrganizationId: string;
  homePath: string;
  userId: string | null;
  localNo: string;
  nationalNo: string | null;
  name: string;
  /** Name, full pinyin and initials, lower-case and space-separated, for one LIKE search. */
  nameSearch: string;
  gender: Gender;
  birthDate: string;
  idType: string;
  idNumberCipher: string;
  idNumberHash: string;
  idNumberMasked: string;
  phoneCipher: string;
  phoneHash: string;
  phoneMasked: string;
  /** JSON array of skill codes from the registry's list. */
  skills: string;
  /** JSON array of weekly slots. */
  availability: string;
  status: VolunteerStatus;
  source: VolunteerSource;
  registeredAt: number;
  approvedAt: number | null;
  approvedBy: string | null;
  statusChangedAt: number;
  statusReason: string | null;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface VolunteerTeamMembershipsTable {
  id: string;
  volunteerId: string;
  teamId: string;
  teamPath: string;
  role: TeamRole;
  joinedAt: number;
  createdBy: string | null;
}

export interface VolunteerTrainingsTable {
  id: string;
  volunteerId: string;
  course: string;
  provider: string | null;
  trainedOn: string;
  hundredths: number;
  result: string | null;
  createdBy: string | null;
  createdAt: number;
}

export interface VolunteerQualificationsTable {
  id: string;
  volunteerId: string;
  name: string;
  certificateNo: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  createdBy: string | null;
  createdAt: number;
}

export interface VolunteerExtraFieldsTable {
  volunteerId: string;
  field: string;
  value: string;
  consentedAt: number;
  consentMethod: ConsentMethod;
  recordedBy: string | null;
}

export interface GuardianConsentsTable {
  id: string;
  volunteerId: string;
  guardianName: string;
  relation: string;
  phoneCipher: string;
  phoneMasked: string;
  idType: string | null;
  idNumberCipher: string | null;
  idNumberMasked: string | null;
  consentedAt: number;
  scope: GuardianConsentScope;
  activityId: string | null;
  expiresOn: string | null;
  method: ConsentMethod;
  revokedAt: number | null;
  recordedBy: string | null;
  createdAt: number;
}

export interface VolunteerImportsTable {
  id: string;
  registryId: string;
  organizationId: string;
  fileName: string;
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  importedRows: number;
  /** JSON array of row problems found by the preview. */
  problems: string;
  errorCode: string | null;
  createdBy: string;
  createdAt: number;
  finishedAt: number | null;
}
