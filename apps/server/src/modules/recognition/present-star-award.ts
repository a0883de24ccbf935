import type { StarAward, StarAwardListItem } from '@liandong/domain';
import type { StarAwardListRow, StarAwardRow } from './star-awards.repository.ts';

/** An award row as the API sends it; instants come back as strings from PostgreSQL bigints. */
export function presentStarAward(row: StarAwardRow): StarAward {
  const instant = (value: number | null) => (value === null ? null : Number(value));
  return {
    id: row.id,
    volunteerId: row.volunteerId,
    registryId: row.registryId,
    level: row.level,
    state: row.state,
    approvedHundredths: Number(row.approvedHundredths),
    appliedAt: Number(row.appliedAt),
    appliedBy: row.appliedBy,
    publicisedUntil: row.publicisedUntil,
    grantedAt: instant(row.grantedAt),
    grantedBy: row.grantedBy,
    revokedAt: instant(row.revokedAt),
    revokedBy: row.revokedBy,
    reason: row.reason,
    updatedAt: Number(row.updatedAt),
  };
}

/** A row of the federation's list: the award and whose it is. */
export function presentStarAwardListItem(row: StarAwardListRow): StarAwardListItem {
  return {
    ...presentStarAward(row),
    volunteer: {
      id: row.volunteerId,
      name: row.volunteerName,
      localNo: row.volunteerLocalNo,
      homeOrganization: { id: row.homeOrganizationId, name: row.homeOrganizationName },
    },
  };
}
