import type { StarAwardState } from '@liandong/domain';

export interface StarAwardsTable {
  id: string;
  registryId: string;
  volunteerId: string;
  level: number;
  state: StarAwardState;
  approvedHundredths: number;
  appliedAt: number;
  appliedBy: string | null;
  publicisedUntil: string | null;
  grantedAt: number | null;
  grantedBy: string | null;
  revokedAt: number | null;
  revokedBy: string | null;
  reason: string | null;
  updatedAt: number;
}
