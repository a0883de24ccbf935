import type { Db } from '../../db/create-db.ts';
import { createVolunteersRepository, type VolunteerRow } from './volunteers.repository.ts';

/**
 * The signed-in user's own volunteer records, oldest registration first: one per registry they registered with.
 * Self-service (sign-up, check-in, my hours) starts here rather than from a staff permission.
 */
export function findVolunteersOfUser(db: Db, userId: string): Promise<VolunteerRow[]> {
  return createVolunteersRepository(db).findByUser(userId);
}
