import type { ActivityStatus, ActivityType, CoOrganizerRole } from '@liandong/domain';
import { type Insertable, type Selectable, type SqlBool, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { containsText } from '../../db/text-search.ts';
import type { ActivitiesTable } from './activities.table.ts';

export type ActivityRow = Selectable<ActivitiesTable>;

/** Roles whose holders may lead an activity in their organization or beneath it. */
const LEAD_ROLES = ['social_worker', 'supervisor', 'org_admin'] as const;

/**
 * Activities (aliased `a`) organized, or co-organized, by an organization whose path starts with `path`. Paths are
 * made of UUIDs and slashes, so they hold no LIKE wildcard.
 */
export const organizedWithin = (path: string) =>
  sql<SqlBool>`(a.organization_path like ${`${path}%`} or exists (select 1 from activity_co_organizers c join organizations co on co.id = c.organization_id where c.activity_id = a.id and co.path like ${`${path}%`}))`;

export interface ActivityListFilter {
  /** The acting subtree; null for every activity (platform administrator). */
  scopePath: string | null;
  /** Whose led activities show whatever the subtree. */
  leadUserId: string;
  /** A subtree the user picked: activities organized or co-organized in it. */
  withinPath?: string | undefined;
  /** Activities overlapping [from, to). */
  from?: number | undefined;
  to?: number | undefined;
  type?: ActivityType | undefined;
  status?: ActivityStatus | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export function createActivitiesRepository(db: Db) {
  /** Activities with the names every view shows beside them. */
  const presentable = () =>
    db
      .selectFrom('activities as a')
      .innerJoin('organizations as o', 'o.id', 'a.organizationId')
      .leftJoin('organizations as r', 'r.id', 'a.registryId')
      .innerJoin('users as lead', 'lead.id', 'a.leadUserId')
      .selectAll('a')
      .select(['o.name as organizationName', 'r.name as registryName', 'lead.displayName as leadName']);

  return {
    findById: (id: string) => db.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst(),

    findPresentable: (id: string) => presentable().where('a.id', '=', id).executeTakeFirst(),

    /** Co-organizers of the given activities with their names and paths, in the order they were listed. */
    coOrganizersOf: (activityIds: readonly string[]) =>
      activityIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('activityCoOrganizers as c')
            .innerJoin('organizations as o', 'o.id', 'c.organizationId')
            .select(['c.activityId', 'c.organizationId', 'c.role', 'o.name', 'o.path'])
            .where('c.activityId', 'in', activityIds)
            .orderBy('o.name')
            .execute(),

    insert: (row: Insertable<ActivitiesTable>) => db.insertInto('activities').values(row).execute(),

    update: (id: string, changes: Updateable<ActivitiesTable>) =>
      db.updateTable('activities').set(changes).where('id', '=', id).execute(),

    /** Cancels the activity if it is still published; false when it was cancelled already. */
    async cancelIfPublished(id: string, now: number): Promise<boolean> {
      const result = await db
        .updateTable('activities')
        .set({ status: 'cancelled', updatedAt: now })
        .where('id', '=', id)
        .where('status', '=', 'published')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async replaceCoOrganizers(activityId: string, list: readonly { organizationId: string; role: CoOrganizerRole }[]) {
      await db.deleteFrom('activityCoOrganizers').where('activityId', '=', activityId).execute();
      if (list.length > 0)
        await db
          .insertInto('activityCoOrganizers')
          .values(list.map((item) => ({ activityId, organizationId: item.organizationId, role: item.role })))
          .execute();
    },

    /** Whether the user holds a lead role in one of the organizations (the organizer and those above it). */
    async canLead(userId: string, organizationIds: readonly string[]): Promise<boolean> {
      if (organizationIds.length === 0) return false;
      const row = await db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.userId')
        .select('m.id')
        .where('m.userId', '=', userId)
        .where('u.status', '=', 'active')
        .where('m.organizationId', 'in', organizationIds)
        .where('m.role', 'in', LEAD_ROLES)
        .executeTakeFirst();
      return row !== undefined;
    },

    async list(filter: ActivityListFilter) {
      let query = presentable();
      const { scopePath, withinPath, q } = filter;
      if (scopePath !== null)
        query = query.where((eb) => eb.or([organizedWithin(scopePath), eb('a.leadUserId', '=', filter.leadUserId)]));
      if (withinPath) query = query.where(organizedWithin(withinPath));
      if (filter.from !== undefined) query = query.where('a.endsAt', '>', filter.from);
      if (filter.to !== undefined) query = query.where('a.startsAt', '<', filter.to);
      if (filter.type) query = query.where('a.type', '=', filter.type);
      if (filter.status) query = query.where('a.status', '=', filter.status);
      if (q) query = query.where(containsText(db, 'a.title', q));
      const total = await query
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const items = await query
        .orderBy('a.startsAt', 'desc')
        .orderBy('a.id', 'desc')
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize)
        .execute();
      return { items, total: Number(total.n) };
    },

    /** Per activity, its open shifts' count, seats and confirmed seats. */
    async openShiftTotals(activityIds: readonly string[]) {
      if (activityIds.length === 0) return new Map<string, ShiftTotals>();
      const rows = await db
        .selectFrom('shifts')
        .select((eb) => [
          'activityId',
          eb.fn.countAll<number>().as('shiftCount'),
          eb.fn.sum<number>('capacity').as('totalCapacity'),
          eb.fn.sum<number>('confirmedCount').as('confirmedCount'),
        ])
        .where('activityId', 'in', activityIds)
        .where('status', '=', 'open')
        .groupBy('activityId')
        .execute();
      return new Map(
        rows.map((row) => [
          row.activityId,
          {
            shiftCount: Number(row.shiftCount),
            totalCapacity: Number(row.totalCapacity),
            confirmedCount: Number(row.confirmedCount),
          },
        ]),
      );
    },
  };
}

export interface ShiftTotals {
  shiftCount: number;
  totalCapacity: number;
  confirmedCount: number;
}

export type PresentableActivityRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createActivitiesRepository>['findPresentable']>>
>;
export type CoOrganizerRow = Awaited<
  ReturnType<ReturnType<typeof createActivitiesRepository>['coOrganizersOf']>
>[number];
