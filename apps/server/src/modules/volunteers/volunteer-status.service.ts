import { nextVolunteerStatuses, type VolunteerStatus } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Db } from '../../db/create-db.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { type AuditContext, recordAudit } from '../audit/record-audit.ts';
import { findVolunteerFor, type VolunteerWithTeams } from './find-volunteer.ts';
import { grantVolunteerMembership } from './grant-volunteer-membership.ts';
import { loadVolunteerProfile } from './load-volunteer-profile.ts';
import { canManageVolunteer } from './volunteers.policy.ts';
import { createVolunteersRepository } from './volunteers.repository.ts';

const refused = (volunteerId: string, from: VolunteerStatus, to: VolunteerStatus) =>
  new AppError('volunteers.status_transition', 409, { volunteerId, from, to });

/**
 * Moves one volunteer to `to` inside the caller's transaction. Approval (prospective → active) records who approved
 * and gives a linked account the volunteer role in the home organization. The update only applies while the status
 * is still the one read, so of two concurrent changes the second is refused.
 */
async function applyStatus(
  trx: Db,
  context: AuditContext & { actor: Actor },
  volunteer: VolunteerWithTeams,
  to: VolunteerStatus,
  reason: string | null,
) {
  if (!nextVolunteerStatuses(volunteer.status).includes(to)) throw refused(volunteer.id, volunteer.status, to);
  const approval = volunteer.status === 'prospective' && to === 'active';
  const changes = {
    status: to,
    statusChangedAt: context.now,
    statusReason: reason,
    updatedAt: context.now,
    ...(approval ? { approvedAt: context.now, approvedBy: context.actor.userId } : {}),
  };
  const changed = await createVolunteersRepository(trx).updateStatusFrom(volunteer.id, volunteer.status, changes);
  if (!changed) throw refused(volunteer.id, volunteer.status, to);
  if (to === 'active') await grantVolunteerMembership(trx, context, volunteer);
  await recordAudit(trx, context, {
    action: approval ? 'volunteers.approve' : 'volunteers.status',
    entityType: 'volunteer',
    entityId: volunteer.id,
    before: { status: volunteer.status, statusReason: volunteer.statusReason },
    after: { status: to, statusReason: reason, ...(approval ? { approvedBy: context.actor.userId } : {}) },
    scopePath: volunteer.homePath,
  });
}

export function createVolunteerStatusService({ db, clock, config }: AppDeps) {
  return {
    async change(
      actor: Actor,
      id: string,
      input: { status: VolunteerStatus; reason?: string | null },
      meta: RequestMeta,
    ) {
      const volunteer = await findVolunteerFor(db, actor, id, canManageVolunteer);
      const now = clock.now();
      await db
        .transaction()
        .execute((trx) => applyStatus(trx, { actor, meta, now }, volunteer, input.status, input.reason ?? null));
      return loadVolunteerProfile(db, id, calendarDayOf(now, config.timeZone));
    },

    /** Approves every listed prospective volunteer, or none: one unknown or not prospective refuses the whole batch. */
    async approveMany(actor: Actor, ids: readonly string[], meta: RequestMeta) {
      const found: VolunteerWithTeams[] = [];
      for (const [index, id] of ids.entries()) {
        const volunteer = await findVolunteerFor(
          db,
          actor,
          id,
          canManageVolunteer,
          () => new AppError('volunteers.not_found', 404, [{ path: `body.ids.${index}` }]),
        );
        if (volunteer.status !== 'prospective') throw refused(volunteer.id, volunteer.status, 'active');
        found.push(volunteer);
      }
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        for (const volunteer of found) await applyStatus(trx, { actor, meta, now }, volunteer, 'active', null);
      });
      return { approvedIds: found.map((volunteer) => volunteer.id) };
    },
  };
}
