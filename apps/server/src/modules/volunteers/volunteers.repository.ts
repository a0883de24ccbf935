import type { VolunteerStatus } from '@liandong/domain';
import { type Insertable, type Selectable, type SqlBool, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { containsText } from '../../db/text-search.ts';
import { volunteerWithinPath } from './volunteers.policy.ts';
import type { VolunteersTable } from './volunteers.table.ts';

export type VolunteerRow = Selectable<VolunteersTable>;

export interface VolunteerListFilter {
  /** The acting subtree (home or a team within it); null for every volunteer (platform administrator). */
  scopePath: string | null;
  /** Lower-case text matched against name, pinyin and initials. */
  nameText?: string | undefined;
  /** Exact matches by lookup hash, tried beside the name. */
  idNumberHash?: string | undefined;
  phoneHash?: string | undefined;
  status?: VolunteerStatus | undefined;
  /** A further subtree the user picked (home or a team within it). */
  withinPath?: string | undefined;
  teamId?: string | undefined;
  skill?: string | undefined;
}

export function createVolunteersRepository(db: Db) {
  const filtered = (filter: VolunteerListFilter) => {
    let query = db
      .selectFrom('volunteers')
      .innerJoin('organizations as home', 'home.id', 'volunteers.homeOrganizationId');
    if (filter.scopePath !== null) query = query.where(volunteerWithinPath(filter.scopePath));
    if (filter.withinPath) query = query.where(volunteerWithinPath(filter.withinPath));
    if (filter.status) query = query.where('volunteers.status', '=', filter.status);
    if (filter.teamId) {
      const teamId = filter.teamId;
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('volunteerTeamMemberships as t')
            .select('t.id')
            .whereRef('t.volunteerId', '=', 'volunteers.id')
            .where('t.teamId', '=', teamId),
        ),
      );
    }
    // Skills are a JSON array of codes; a code is [a-z0-9_], so its quoted form matches exactly one element.
    if (filter.skill) query = query.where(containsText(db, 'volunteers.skills', `"${filter.skill}"`));
    const { nameText, idNumberHash, phoneHash } = filter;
    if (nameText || idNumberHash || phoneHash)
      query = query.where((eb) => {
        const matches: ReturnType<typeof containsText>[] = [];
        if (nameText) matches.push(containsText(db, 'volunteers.nameSearch', nameText));
        if (idNumberHash) matches.push(sql<SqlBool>`${sql.ref('volunteers.idNumberHash')} = ${idNumberHash}`);
        if (phoneHash) matches.push(sql<SqlBool>`${sql.ref('volunteers.phoneHash')} = ${phoneHash}`);
        return eb.or(matches);
      });
    return query;
  };

  return {
    findById: (id: string) => db.selectFrom('volunteers').selectAll().where('id', '=', id).executeTakeFirst(),

    /** The registry's record of this ID number, if any: the same person registers once per registry. */
    findByIdNumberHash: (registryId: string, idNumberHash: string) =>
      db
        .selectFrom('volunteers')
        .selectAll()
        .where('registryId', '=', registryId)
        .where('idNumberHash', '=', idNumberHash)
        .executeTakeFirst(),

    findByUser: (userId: string) =>
      db.selectFrom('volunteers').selectAll().where('userId', '=', userId).orderBy('registeredAt').execute(),

    async teamPathsOf(volunteerId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('volunteerTeamMemberships')
        .select('teamPath')
        .where('volunteerId', '=', volunteerId)
        .execute();
      return rows.map((row) => row.teamPath);
    },

    insert: (volunteer: Insertable<VolunteersTable>) => db.insertInto('volunteers').values(volunteer).execute(),

    update: (id: string, changes: Updateable<VolunteersTable>) =>
      db.updateTable('volunteers').set(changes).where('id', '=', id).execute(),

    /** Changes the status only if it is still `from`, so two approvals at once cannot both succeed. */
    async updateStatusFrom(id: string, from: VolunteerStatus, changes: Updateable<VolunteersTable>): Promise<boolean> {
      const result = await db
        .updateTable('volunteers')
        .set(changes)
        .where('id', '=', id)
        .where('status', '=', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async list(filter: VolunteerListFilter, page: { page: number; pageSize: number }) {
      const query = filtered(filter);
      const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const items = await query
        .selectAll('volunteers')
        .select(['home.name as homeOrganizationName'])
        .orderBy('volunteers.registeredAt', 'desc')
        .orderBy('volunteers.id', 'desc')
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute();
      return { items, total: Number(total.n) };
    },

    async count(filter: VolunteerListFilter): Promise<number> {
      const row = await filtered(filter)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** One batch of the filtered volunteers after `afterId` in id order, for exports that stream every row. */
    batchAfter: (filter: VolunteerListFilter, afterId: string | null, size: number) => {
      let query = filtered(filter).selectAll('volunteers').select(['home.name as homeOrganizationName']);
      if (afterId) query = query.where('volunteers.id', '>', afterId);
      return query.orderBy('volunteers.id').limit(size).execute();
    },

    /** The record with the names the profile shows: home organization, registry and the linked account. */
    findDetail: (id: string) =>
      db
        .selectFrom('volunteers')
        .innerJoin('organizations as home', 'home.id', 'volunteers.homeOrganizationId')
        .innerJoin('organizations as registry', 'registry.id', 'volunteers.registryId')
        .leftJoin('users', 'users.id', 'volunteers.userId')
        .selectAll('volunteers')
        .select([
          'home.name as homeOrganizationName',
          'home.kind as homeOrganizationKind',
          'registry.name as registryName',
          'users.username as username',
        ])
        .where('volunteers.id', '=', id)
        .executeTakeFirst(),

    /** Team names by volunteer for a page of rows (the export writes them). */
    async teamNamesOf(volunteerIds: readonly string[]): Promise<Map<string, string[]>> {
      const byVolunteer = new Map<string, string[]>();
      if (volunteerIds.length === 0) return byVolunteer;
      const rows = await db
        .selectFrom('volunteerTeamMemberships as t')
        .innerJoin('organizations as o', 'o.id', 't.teamId')
        .select(['t.volunteerId', 'o.name'])
        .where('t.volunteerId', 'in', volunteerIds)
        .orderBy('o.name')
        .execute();
      for (const row of rows) byVolunteer.set(row.volunteerId, [...(byVolunteer.get(row.volunteerId) ?? []), row.name]);
      return byVolunteer;
    },
  };
}

export type VolunteersRepository = ReturnType<typeof createVolunteersRepository>;
export type VolunteerListRow = Awaited<ReturnType<VolunteersRepository['list']>>['items'][number];
export type VolunteerDetailRow = NonNullable<Awaited<ReturnType<VolunteersRepository['findDetail']>>>;
