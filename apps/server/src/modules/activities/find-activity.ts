import type { Db } from '../../db/create-db.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { type ActivityPlacement, canReadActivity } from './activities.policy.ts';
import { type ActivityRow, createActivitiesRepository } from './activities.repository.ts';

export type ActivityWithPlacement = ActivityRow & { coOrganizerPaths: string[] };

const activityNotFound = () => new AppError('activities.not_found', 404);

/**
 * The activity when the actor may see it (its organizer or a co-organizer in the acting subtree, or the actor leads
 * it) and `allowed` lets them do what they came for. An activity they may not see answers exactly as a missing one
 * (`notFound`, activities.not_found unless given); one they see but may not change answers auth.forbidden.
 */
export async function findActivityFor(
  db: Db,
  actor: Actor,
  id: string,
  allowed: (actor: Actor, activity: ActivityPlacement) => boolean = canReadActivity,
  notFound: () => AppError = activityNotFound,
): Promise<ActivityWithPlacement> {
  const repository = createActivitiesRepository(db);
  const activity = await repository.findById(id);
  if (!activity) throw notFound();
  const coOrganizerPaths = (await repository.coOrganizersOf([id])).map((row) => row.path);
  const placed = { ...activity, coOrganizerPaths };
  if (!canReadActivity(actor, placed)) throw notFound();
  if (!allowed(actor, placed)) throw new AppError('auth.forbidden', 403);
  return placed;
}
