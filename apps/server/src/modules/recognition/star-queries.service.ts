import {
  eligibleStarLevel,
  type MyStars,
  monthsBetween,
  type RegistrySettings,
  STAR_CANDIDATES_LIMIT,
  type StarAwardList,
  type StarAwardListQuery,
  type StarCandidate,
  type StarStanding,
} from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor } from '../../http/actor.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { findOrganizationFor } from '../organizations/find-organization.ts';
import { isWithin } from '../organizations/organization-paths.ts';
import { scopePathOf } from '../organizations/organizations.policy.ts';
import { createOrganizationsRepository } from '../organizations/organizations.repository.ts';
import { findVolunteerFor } from '../volunteers/find-volunteer.ts';
import { findVolunteersOfUser } from '../volunteers/find-volunteers-of-user.ts';
import { loadRegistrySettings } from '../volunteers/registries.ts';
import { presentStarAwardListItem } from './present-star-award.ts';
import { createStarAwardsRepository } from './star-awards.repository.ts';
import { createStarCandidatesRepository } from './star-candidates.repository.ts';
import { starStandingOf } from './star-standing.ts';

/** Reading stars: a volunteer's standing, the signed-in volunteer's own, and the federation's list. */
export function createStarQueriesService({ db, clock, config }: AppDeps) {
  const { timeZone } = config;

  /**
   * Active volunteers under `withinPath` whose hours reach a level above their highest open award, highest level
   * and most hours first. Each is measured against their own registry's thresholds.
   */
  async function candidatesWithin(
    withinPath: string | null,
    now: number,
  ): Promise<StarAwardList['eligibleWithoutAward']> {
    const repository = createStarCandidatesRepository(db);
    const registryIds = await repository.registryIdsWithin(withinPath);
    if (registryIds.length === 0) return { items: [], total: 0 };
    const settings = new Map<string, RegistrySettings>();
    for (const id of registryIds) settings.set(id, await loadRegistrySettings(db, id));
    const lowest = Math.min(
      ...[...settings.values()].flatMap((each) =>
        each.starThresholds.map((threshold) => Math.round(threshold.hours * 100)),
      ),
    );
    const rows = await repository.withApprovedAtLeast(withinPath, lowest);
    const openLevels = await createStarAwardsRepository(db).highestOpenLevels(rows.map((row) => row.id));
    const today = calendarDayOf(now, timeZone);
    const candidates: StarCandidate[] = [];
    for (const row of rows) {
      const thresholds = settings.get(row.registryId)?.starThresholds ?? [];
      const monthsRegistered = monthsBetween(calendarDayOf(row.registeredAt, timeZone), today);
      const eligibleLevel = eligibleStarLevel(row.approved, monthsRegistered, thresholds);
      const openAwardLevel = openLevels.get(row.id) ?? null;
      if (eligibleLevel === 0 || eligibleLevel <= (openAwardLevel ?? 0)) continue;
      candidates.push({
        volunteer: {
          id: row.id,
          name: row.name,
          localNo: row.localNo,
          homeOrganization: { id: row.homeOrganizationId, name: row.homeOrganizationName },
        },
        eligibleLevel,
        approvedHundredths: row.approved,
        monthsRegistered,
        openAwardLevel,
      });
    }
    candidates.sort(
      (a, b) =>
        b.eligibleLevel - a.eligibleLevel ||
        b.approvedHundredths - a.approvedHundredths ||
        a.volunteer.localNo.localeCompare(b.volunteer.localNo),
    );
    return { items: candidates.slice(0, STAR_CANDIDATES_LIMIT), total: candidates.length };
  }

  return {
    /** A volunteer's eligibility and awards, for whoever may read the volunteer. */
    async forVolunteer(actor: Actor, volunteerId: string): Promise<StarStanding> {
      const volunteer = await findVolunteerFor(db, actor, volunteerId);
      return starStandingOf(db, volunteer, clock.now(), timeZone);
    },

    /** The signed-in user's standing in every registry they are a volunteer of; empty when none. */
    async mine(actor: Actor): Promise<MyStars> {
      const volunteers = await findVolunteersOfUser(db, actor.userId);
      const registries = await createOrganizationsRepository(db).findManyByIds([
        ...new Set(volunteers.map((volunteer) => volunteer.registryId)),
      ]);
      const names = new Map(registries.map((registry) => [registry.id, registry.name]));
      const now = clock.now();
      const items: MyStars['items'] = [];
      for (const volunteer of volunteers) {
        items.push({
          ...(await starStandingOf(db, volunteer, now, timeZone)),
          registry: { id: volunteer.registryId, name: names.get(volunteer.registryId) ?? '' },
          volunteerName: volunteer.name,
        });
      }
      return { items };
    },

    /**
     * Awards of volunteers in the chosen organization's subtree (the acting organization's by default; one outside
     * the actor's scope answers organizations.not_found), and whom to nominate next.
     */
    async list(actor: Actor, { organizationId, state, page, pageSize }: StarAwardListQuery): Promise<StarAwardList> {
      const scopePath = scopePathOf(actor);
      let withinPath = scopePath;
      if (organizationId) {
        const organization = await findOrganizationFor(
          db,
          actor,
          organizationId,
          (_actor, candidate) => scopePath === null || isWithin(candidate.path, scopePath),
        );
        withinPath = organization.path;
      }
      const awards = createStarAwardsRepository(db);
      const filter = { withinPath, state };
      const [rows, total, eligibleWithoutAward] = await Promise.all([
        awards.list(filter, { page, pageSize }),
        awards.count(filter),
        candidatesWithin(withinPath, clock.now()),
      ]);
      return { items: rows.map(presentStarAwardListItem), total, page, pageSize, eligibleWithoutAward };
    },
  };
}
