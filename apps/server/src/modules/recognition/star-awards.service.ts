import { nextStarAwardStates, type StarAward, type StarAwardState } from '@liandong/domain';
import type { Updateable } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { newId } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createOrganizationsRepository } from '../organizations/organizations.repository.ts';
import { findVolunteerFor, type VolunteerWithTeams } from '../volunteers/find-volunteer.ts';
import { loadRegistrySettings } from '../volunteers/registries.ts';
import { canManageVolunteer, canReadVolunteer } from '../volunteers/volunteers.policy.ts';
import { presentStarAward } from './present-star-award.ts';
import { canDecideStarAward } from './star-awards.policy.ts';
import { createStarAwardsRepository, type StarAwardRow } from './star-awards.repository.ts';
import type { StarAwardsTable } from './star-awards.table.ts';
import { starEligibilityOf } from './star-standing.ts';
import { addWorkingDays } from './working-days.ts';

const awardNotFound = () => new AppError('stars.not_found', 404);
const refused = (award: StarAwardRow, to: StarAwardState, details: Record<string, unknown> = {}) =>
  new AppError('stars.transition', 409, { from: award.state, to, ...details });

/** What an audit event keeps of an award: its state and the fields the step sets. */
const auditView = (award: StarAwardRow | Updateable<StarAwardsTable>) => ({
  level: award.level,
  state: award.state,
  publicisedUntil: award.publicisedUntil,
  reason: award.reason,
});

/**
 * Star awards (星级认定): a coordinator applies for a level the volunteer is eligible for and publicises it for the
 * registry's publicity working days; the federation grants it once the publicity has ended, or revokes it.
 */
export function createStarAwardsService({ db, clock, config }: AppDeps) {
  /** The award and its volunteer when `allowed` (by default: manage the volunteer) lets the actor at them. */
  async function findAward(actor: Actor, id: string, allowed = canManageVolunteer) {
    const award = await createStarAwardsRepository(db).findById(id);
    if (!award) throw awardNotFound();
    const volunteer = await findVolunteerFor(db, actor, award.volunteerId, allowed, awardNotFound);
    return { award, volunteer };
  }

  /** Granting and revoking: the volunteer must be visible (404), and the registry root the actor's to decide (403). */
  async function findDecidableAward(actor: Actor, id: string) {
    const found = await findAward(actor, id, canReadVolunteer);
    const registry = await createOrganizationsRepository(db).findById(found.award.registryId);
    if (!registry || !canDecideStarAward(actor, registry)) throw new AppError('auth.forbidden', 403);
    return found;
  }

  /** Moves the award from its current state to `to`, recording the step; refused when another step came first. */
  async function step(
    actor: Actor,
    meta: RequestMeta,
    { award, volunteer }: { award: StarAwardRow; volunteer: VolunteerWithTeams },
    to: StarAwardState,
    changes: Updateable<StarAwardsTable>,
    now: number,
  ): Promise<StarAward> {
    const next = { ...changes, state: to, updatedAt: now };
    await db.transaction().execute(async (trx) => {
      const moved = await createStarAwardsRepository(trx).transition(award.id, award.state, next);
      if (!moved) throw refused(award, to);
      await recordAudit(
        trx,
        { actor, meta, now },
        {
          action: `stars.${to === 'publicised' ? 'publicise' : to === 'granted' ? 'grant' : 'revoke'}`,
          entityType: 'star_award',
          entityId: award.id,
          before: auditView(award),
          after: auditView({ ...award, ...next }),
          scopePath: volunteer.homePath,
        },
      );
    });
    return presentStarAward({ ...award, ...next } as StarAwardRow);
  }

  return {
    /**
     * Applies for `level` on the volunteer's behalf. The volunteer must be active (volunteers.not_active), the level
     * within what their approved hours and months registered reach (stars.not_eligible), and they must hold no open
     * award at this level or above (stars.duplicate).
     */
    async apply(actor: Actor, volunteerId: string, level: number, meta: RequestMeta): Promise<StarAward> {
      const volunteer = await findVolunteerFor(db, actor, volunteerId, canManageVolunteer);
      if (volunteer.status !== 'active') throw new AppError('volunteers.not_active', 409);
      const now = clock.now();
      const id = newId();
      let approvedHundredths = 0;
      await db.transaction().execute(async (trx) => {
        const awards = createStarAwardsRepository(trx);
        await awards.lockVolunteer(volunteer.id);
        const eligibility = await starEligibilityOf(trx, volunteer, now, config.timeZone);
        if (level > eligibility.eligibleLevel)
          throw new AppError('stars.not_eligible', 409, { level, eligibleLevel: eligibility.eligibleLevel });
        const openLevel = await awards.highestOpenLevel(volunteer.id);
        if (openLevel >= level) throw new AppError('stars.duplicate', 409, { level, openLevel });
        approvedHundredths = eligibility.approvedHundredths;
        await awards.insert({
          id,
          registryId: volunteer.registryId,
          volunteerId: volunteer.id,
          level,
          state: 'applied',
          approvedHundredths,
          appliedAt: now,
          appliedBy: actor.userId,
          publicisedUntil: null,
          grantedAt: null,
          grantedBy: null,
          revokedAt: null,
          revokedBy: null,
          reason: null,
          updatedAt: now,
        });
        await recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'stars.apply',
            entityType: 'star_award',
            entityId: id,
            after: { volunteerId: volunteer.id, level, state: 'applied', approvedHundredths },
            scopePath: volunteer.homePath,
          },
        );
      });
      const award = await createStarAwardsRepository(db).findById(id);
      if (!award) throw awardNotFound();
      return presentStarAward(award);
    },

    /** Publicises (公示) an applied award until today plus the registry's publicity working days. */
    async publicise(actor: Actor, id: string, meta: RequestMeta): Promise<StarAward> {
      const found = await findAward(actor, id);
      if (!nextStarAwardStates(found.award.state).includes('publicised')) throw refused(found.award, 'publicised');
      const settings = await loadRegistrySettings(db, found.award.registryId);
      const now = clock.now();
      const publicisedUntil = addWorkingDays(calendarDayOf(now, config.timeZone), settings.starPublicityDays);
      return step(actor, meta, found, 'publicised', { publicisedUntil }, now);
    },

    /**
     * Grants a publicised award, from the day after its publicity ends (stars.transition before that), to a volunteer
     * still active and still reaching the level: hours voided or a suspension during the publicity are taken into
     * account (volunteers.not_active, stars.not_eligible).
     */
    async grant(actor: Actor, id: string, meta: RequestMeta): Promise<StarAward> {
      const found = await findDecidableAward(actor, id);
      const { award, volunteer } = found;
      if (!nextStarAwardStates(award.state).includes('granted')) throw refused(award, 'granted');
      const now = clock.now();
      if (award.publicisedUntil === null || calendarDayOf(now, config.timeZone) <= award.publicisedUntil)
        throw refused(award, 'granted', { publicisedUntil: award.publicisedUntil });
      if (volunteer.status !== 'active') throw new AppError('volunteers.not_active', 409);
      const eligibility = await starEligibilityOf(db, volunteer, now, config.timeZone);
      if (award.level > eligibility.eligibleLevel)
        throw new AppError('stars.not_eligible', 409, { level: award.level, eligibleLevel: eligibility.eligibleLevel });
      return step(actor, meta, found, 'granted', { grantedAt: now, grantedBy: actor.userId }, now);
    },

    /** Revokes an award in any state but revoked, e.g. for falsified hours; the reason is kept. */
    async revoke(actor: Actor, id: string, reason: string, meta: RequestMeta): Promise<StarAward> {
      const found = await findDecidableAward(actor, id);
      if (!nextStarAwardStates(found.award.state).includes('revoked')) throw refused(found.award, 'revoked');
      const now = clock.now();
      return step(actor, meta, found, 'revoked', { revokedAt: now, revokedBy: actor.userId, reason }, now);
    },
  };
}

export type StarAwardsService = ReturnType<typeof createStarAwardsService>;
