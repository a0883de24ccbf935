import type { CheckKind, CheckMethod, ParticipationState } from '@liandong/domain';

export interface ParticipationsTable {
  id: string;
  shiftId: string;
  activityId: string;
  volunteerId: string;
  state: ParticipationState;
  startsAt: number;
  endsAt: number;
  requestedAt: number;
  confirmedAt: number | null;
  /** When it left the seat-holding states (cancelled, declined, no_show) or completed. */
  endedAt: number | null;
  assignedBy: string | null;
  checkedInAt: number | null;
  checkedOutAt: number | null;
  /** JSON array of CheckFlag. */
  flags: string;
  evaluationRating: number | null;
  evaluationComment: string | null;
  evaluatedBy: string | null;
  evaluatedAt: number | null;
  updatedAt: number;
}

export interface CheckEventsTable {
  id: string;
  participationId: string;
  kind: CheckKind;
  at: number;
  method: CheckMethod;
  latitude: number | null;
  longitude: number | null;
  accuracyM: number | null;
  distanceM: number | null;
  flags: string;
  recordedBy: string | null;
  idempotencyKey: string | null;
}
