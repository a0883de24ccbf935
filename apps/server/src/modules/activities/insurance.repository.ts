import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/create-db.ts';
import { containsText } from '../../db/text-search.ts';
import { volunteerWithinPath } from '../volunteers/volunteers.policy.ts';
import type { InsurancePoliciesTable } from './activities.table.ts';

export type InsurancePolicyRow = Selectable<InsurancePoliciesTable>;

export interface InsurancePolicyListFilter {
  scopePath: string | null;
  withinPath?: string | undefined;
  q?: string | undefined;
  activeOn?: string | undefined;
  page: number;
  pageSize: number;
}

/** Rows go in batches: SQLite allows at most 32,766 bound values per statement. */
const BATCH = 500;

export function createInsuranceRepository(db: Db) {
  /** Policies with their holder's name and how many volunteers they list. */
  const presentable = () =>
    db
      .selectFrom('insurancePolicies as p')
      .innerJoin('organizations as o', 'o.id', 'p.organizationId')
      .selectAll('p')
      .select((eb) => [
        'o.name as organizationName',
        eb
          .selectFrom('insuredVolunteers as iv')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('iv.policyId', '=', 'p.id')
          .as('insuredCount'),
      ]);

  return {
    findById: (id: string) => db.selectFrom('insurancePolicies').selectAll().where('id', '=', id).executeTakeFirst(),

    findPresentable: (id: string) => presentable().where('p.id', '=', id).executeTakeFirst(),

    insert: (row: Insertable<InsurancePoliciesTable>) => db.insertInto('insurancePolicies').values(row).execute(),

    async list(filter: InsurancePolicyListFilter) {
      let query = presentable();
      if (filter.scopePath !== null) query = query.where('p.organizationPath', 'like', `${filter.scopePath}%`);
      if (filter.withinPath) query = query.where('p.organizationPath', 'like', `${filter.withinPath}%`);
      const { q, activeOn } = filter;
      if (q) query = query.where((eb) => eb.or([containsText(db, 'p.insurer', q), containsText(db, 'p.policyNo', q)]));
      if (activeOn) query = query.where('p.coverageFrom', '<=', activeOn).where('p.coverageTo', '>=', activeOn);
      const total = await query
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const items = await query
        .orderBy('p.coverageTo', 'desc')
        .orderBy('p.id', 'desc')
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize)
        .execute();
      return { items, total: Number(total.n) };
    },

    /** Of the given volunteers, those whose home or a team lies within `scopePath` (all when null). */
    async visibleVolunteerIds(ids: readonly string[], scopePath: string | null): Promise<Set<string>> {
      const visible = new Set<string>();
      for (let start = 0; start < ids.length; start += BATCH) {
        let query = db
          .selectFrom('volunteers')
          .select('volunteers.id')
          .where('volunteers.id', 'in', ids.slice(start, start + BATCH));
        if (scopePath !== null) query = query.where(volunteerWithinPath(scopePath));
        for (const row of await query.execute()) visible.add(row.id);
      }
      return visible;
    },

    async replaceInsured(policyId: string, volunteerIds: readonly string[]) {
      await db.deleteFrom('insuredVolunteers').where('policyId', '=', policyId).execute();
      for (let start = 0; start < volunteerIds.length; start += BATCH)
        await db
          .insertInto('insuredVolunteers')
          .values(volunteerIds.slice(start, start + BATCH).map((volunteerId) => ({ policyId, volunteerId })))
          .execute();
    },

    insuredIdsOf: async (policyId: string) =>
      (await db.selectFrom('insuredVolunteers').select('volunteerId').where('policyId', '=', policyId).execute()).map(
        (row) => row.volunteerId,
      ),

    insuredVolunteers: (policyId: string) =>
      db
        .selectFrom('insuredVolunteers as iv')
        .innerJoin('volunteers as v', 'v.id', 'iv.volunteerId')
        .select(['v.id', 'v.name', 'v.localNo'])
        .where('iv.policyId', '=', policyId)
        .orderBy('v.localNo')
        .execute(),

    activitiesOf: (policyId: string) =>
      db
        .selectFrom('activityInsurance as ai')
        .innerJoin('activities as a', 'a.id', 'ai.activityId')
        .select(['a.id', 'a.title', 'a.startsAt', 'a.endsAt', 'a.organizationPath'])
        .where('ai.policyId', '=', policyId)
        .orderBy('a.startsAt', 'desc')
        .execute(),

    /** The policies attached to an activity, with what the activity page shows of them. */
    attachedTo: (activityId: string) =>
      presentable()
        .innerJoin('activityInsurance as ai', 'ai.policyId', 'p.id')
        .where('ai.activityId', '=', activityId)
        .orderBy('ai.attachedAt')
        .execute(),

    isAttached: async (activityId: string, policyId: string) =>
      (await db
        .selectFrom('activityInsurance')
        .select('policyId')
        .where('activityId', '=', activityId)
        .where('policyId', '=', policyId)
        .executeTakeFirst()) !== undefined,

    attach: (activityId: string, policyId: string, now: number, by: string) =>
      db.insertInto('activityInsurance').values({ activityId, policyId, attachedAt: now, attachedBy: by }).execute(),

    async detach(activityId: string, policyId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('activityInsurance')
        .where('activityId', '=', activityId)
        .where('policyId', '=', policyId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    /** Policies attached to the activity whose coverage includes every day from `firstDay` to `lastDay`. */
    coveringAttached: (activityId: string, firstDay: string, lastDay: string) =>
      db
        .selectFrom('insurancePolicies as p')
        .innerJoin('activityInsurance as ai', 'ai.policyId', 'p.id')
        .select(['p.id', 'p.organizationId', 'p.coversAllVolunteers'])
        .where('ai.activityId', '=', activityId)
        .where('p.coverageFrom', '<=', firstDay)
        .where('p.coverageTo', '>=', lastDay)
        .execute(),

    registryOfVolunteer: async (volunteerId: string) =>
      (await db.selectFrom('volunteers').select('registryId').where('id', '=', volunteerId).executeTakeFirst())
        ?.registryId ?? null,

    /** Whether any of the policies lists the volunteer. */
    listsVolunteer: async (policyIds: readonly string[], volunteerId: string) =>
      policyIds.length > 0 &&
      (await db
        .selectFrom('insuredVolunteers')
        .select('policyId')
        .where('policyId', 'in', policyIds)
        .where('volunteerId', '=', volunteerId)
        .executeTakeFirst()) !== undefined,
  };
}

export type PresentableInsurancePolicyRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createInsuranceRepository>['findPresentable']>>
>;
