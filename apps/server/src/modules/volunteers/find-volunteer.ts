import type { Db } from '../../db/create-db.ts';
import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { canReadVolunteer, type VolunteerPlacement } from './volunteers.policy.ts';
import { createVolunteersRepository, type VolunteerRow } from './volunteers.repository.ts';

/** A volunteer record with the paths of the teams it belongs to, which visibility is decided on too. */
export type VolunteerWithTeams = VolunteerRow & { teamPaths: string[] };

const volunteerNotFound = () => new AppError('volunteers.not_found', 404);

/**
 * The volunteer when `allowed` lets the actor at them (by default: volunteers.read over their home or one of their
 * teams). Otherwise it answers exactly as for an id that does not exist (`notFound`, volunteers.not_found unless
 * given), so volunteers of another subtree do not leak.
 */
export async function findVolunteerFor(
  db: Db,
  actor: Actor,
  id: string,
  allowed: (actor: Actor, volunteer: VolunteerPlacement) => boolean = canReadVolunteer,
  notFound: () => AppError = volunteerNotFound,
): Promise<VolunteerWithTeams> {
  const repository = createVolunteersRepository(db);
  const volunteer = await repository.findById(id);
  if (!volunteer) throw notFound();
  const withTeams = { ...volunteer, teamPaths: await repository.teamPathsOf(id) };
  if (!allowed(actor, withTeams)) throw notFound();
  return withTeams;
}
