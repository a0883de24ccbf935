import type { Db } from '../../db/create-db.ts';
import { sumApprovedHundredths } from '../service-hours/hours-totals.ts';
import { volunteerWithinPath } from '../volunteers/volunteers.policy.ts';

/** Who could be nominated for a star: active volunteers of a subtree and their approved hours. */
export function createStarCandidatesRepository(db: Db) {
  const activeWithin = (withinPath: string | null) => {
    let query = db.selectFrom('volunteers').where('volunteers.status', '=', 'active');
    if (withinPath !== null) query = query.where(volunteerWithinPath(withinPath));
    return query;
  };

  return {
    /** The registries the subtree's active volunteers belong to (their thresholds may differ). */
    async registryIdsWithin(withinPath: string | null): Promise<string[]> {
      const rows = await activeWithin(withinPath).select('volunteers.registryId').distinct().execute();
      return rows.map((row) => row.registryId);
    },

    /**
     * Active volunteers of the subtree whose approved hours reach `minHundredths`, with those hours: the
     * lowest first-star threshold keeps everyone below it out of the answer.
     */
    async withApprovedAtLeast(withinPath: string | null, minHundredths: number) {
      const rows = await activeWithin(withinPath)
        .innerJoin('serviceHoursEntries as e', 'e.volunteerId', 'volunteers.id')
        .innerJoin('organizations as home', 'home.id', 'volunteers.homeOrganizationId')
        .select([
          'volunteers.id',
          'volunteers.registryId',
          'volunteers.name',
          'volunteers.localNo',
          'volunteers.registeredAt',
          'home.id as homeOrganizationId',
          'home.name as homeOrganizationName',
          sumApprovedHundredths('e').as('approved'),
        ])
        // Only approved rows count, so the others need not be read at all.
        .where('e.status', '=', 'approved')
        .groupBy([
          'volunteers.id',
          'volunteers.registryId',
          'volunteers.name',
          'volunteers.localNo',
          'volunteers.registeredAt',
          'home.id',
          'home.name',
        ])
        .having(sumApprovedHundredths('e'), '>=', minHundredths)
        .execute();
      return rows.map((row) => ({ ...row, registeredAt: Number(row.registeredAt), approved: Number(row.approved) }));
    },
  };
}
