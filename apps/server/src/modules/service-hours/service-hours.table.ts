import type { ActivityType, HoursKind, HoursSource, HoursStatus } from '@liandong/domain';

/** Append-only: status and decision columns change once; amounts never do. */
export interface ServiceHoursEntriesTable {
  id: string;
  registryId: string;
  volunteerId: string;
  unitPath: string;
  recordingOrganizationId: string;
  recordingPath: string;
  activityId: string | null;
  activityType: ActivityType | null;
  participationId: string | null;
  serviceDate: string;
  startedAt: number | null;
  endedAt: number | null;
  rawMinutes: number;
  creditedHundredths: number;
  /** JSON of the rounding rule applied, kept with the entry. */
  roundingRule: string | null;
  source: HoursSource;
  kind: HoursKind;
  correctsEntryId: string | null;
  place: string | null;
  content: string | null;
  leadUserId: string | null;
  leadName: string | null;
  recordedBy: string;
  recordedAt: number;
  evaluationRating: number | null;
  evaluationComment: string | null;
  status: HoursStatus;
  decidedBy: string | null;
  decidedAt: number | null;
  decisionNote: string | null;
  importId: string | null;
}
