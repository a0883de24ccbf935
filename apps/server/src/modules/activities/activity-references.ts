import type { ActivityCreate } from '@liandong/domain';
import type { Db } from '../../db/create-db.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { createOrganizationsRepository, type OrganizationRow } from '../organizations/organizations.repository.ts';
import { canNameCoOrganizer } from './activities.policy.ts';
import { createActivitiesRepository } from './activities.repository.ts';

/**
 * The lead must hold a social worker, supervisor or administrator role in the organizer or an organization above
 * it. Whoever creates the activity may always lead it themselves (the default): they coordinate it already.
 */
export async function assertLead(db: Db, actor: Actor, organizer: OrganizationRow, leadUserId: string) {
  if (leadUserId === actor.userId) return;
  const chain = organizer.path.split('/').filter(Boolean);
  if (!(await createActivitiesRepository(db).canLead(leadUserId, chain)))
    throw new AppError('activities.lead_not_found', 400, [{ path: 'body.leadUserId' }]);
}

/** Every co-organizer must be an existing organization other than the organizer; returns them in order. */
export async function assertCoOrganizers(
  db: Db,
  actor: Actor,
  organizerId: string,
  coOrganizers: ActivityCreate['coOrganizers'],
) {
  const found = await createOrganizationsRepository(db).findManyByIds(coOrganizers.map((item) => item.organizationId));
  const byId = new Map(found.map((row) => [row.id, row]));
  coOrganizers.forEach((item, index) => {
    const path = `body.coOrganizers.${index}.organizationId`;
    if (item.organizationId === organizerId)
      throw new AppError('validation.failed', 400, [{ path, issue: 'organizer' }]);
    const organization = byId.get(item.organizationId);
    if (!organization || !canNameCoOrganizer(actor))
      throw new AppError('activities.co_organizer_not_found', 400, [{ path }]);
  });
  return coOrganizers.map((item) => byId.get(item.organizationId) as OrganizationRow);
}
