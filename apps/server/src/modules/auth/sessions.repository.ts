import type { Insertable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { type Param, preparedQuery } from '../../db/prepared-query.ts';
import type { SessionsTable } from './auth.table.ts';

const findLiveSession = preparedQuery((db, param: Param<{ id: string; now: number }>) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .leftJoin('organizations', 'organizations.id', 'sessions.actingOrganizationId')
    .select([
      'sessions.id',
      'sessions.userId',
      'sessions.csrfToken',
      'sessions.lastSeenAt',
      'users.username',
      'users.displayName',
      'users.isPlatformAdmin',
      'users.status',
      'organizations.id as organizationId',
      'organizations.path as organizationPath',
      'organizations.name as organizationName',
    ])
    .where('sessions.id', '=', param('id'))
    .where('sessions.revokedAt', 'is', null)
    .where('sessions.expiresAt', '>', param('now')),
);

export function createSessionsRepository(db: Db) {
  return {
    insert: (session: Insertable<SessionsTable>) => db.insertInto('sessions').values(session).execute(),

    /**
     * A live session with its user and acting organization in one query: this runs on every signed-in request, so
     * it is prepared. The organization's columns are null when the session acts for none (or it no longer exists).
     */
    findLiveWithUser: async (id: string, now: number) => (await findLiveSession(db, { id, now })).rows[0],

    touch: (id: string, now: number) =>
      db.updateTable('sessions').set({ lastSeenAt: now }).where('id', '=', id).execute(),

    setActingOrganization: (id: string, organizationId: string) =>
      db.updateTable('sessions').set({ actingOrganizationId: organizationId }).where('id', '=', id).execute(),

    /** Sessions of the user acting for no organization start acting for this one (their first membership). */
    adoptActingOrganization: (userId: string, organizationId: string) =>
      db
        .updateTable('sessions')
        .set({ actingOrganizationId: organizationId })
        .where('userId', '=', userId)
        .where('actingOrganizationId', 'is', null)
        .where('revokedAt', 'is', null)
        .execute(),

    revoke: (id: string, now: number) =>
      db.updateTable('sessions').set({ revokedAt: now }).where('id', '=', id).where('revokedAt', 'is', null).execute(),

    /** Ends every session of a user but one (the one that changed the password keeps going). */
    revokeAllForUser: (userId: string, now: number, exceptId?: string) => {
      let query = db
        .updateTable('sessions')
        .set({ revokedAt: now })
        .where('userId', '=', userId)
        .where('revokedAt', 'is', null);
      if (exceptId) query = query.where('id', '!=', exceptId);
      return query.execute();
    },
  };
}
