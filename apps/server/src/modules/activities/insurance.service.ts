import type { InsurancePolicyCreate, InsurancePolicyDetail, InsurancePolicyListQuery } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findOrganizationFor } from '../organizations/find-organization.ts';
import { isWithin } from '../organizations/organization-paths.ts';
import { scopePathOf } from '../organizations/organizations.policy.ts';
import {
  canBrowseActivities,
  canManageActivity,
  canManageInsurancePolicy,
  canOrganizeIn,
  canReadInsurancePolicy,
} from './activities.policy.ts';
import { presentInsurancePolicy } from './activity-presenter.ts';
import { findActivityFor } from './find-activity.ts';
import { createInsuranceRepository, type InsurancePolicyRow } from './insurance.repository.ts';
import { calendarSpanOf, policyCovers } from './insurance-coverage.ts';
import { loadActivityDetail } from './load-activity.ts';

const policyNotFound = (path?: string) => new AppError('insurance.not_found', 404, path ? [{ path }] : undefined);

export function createInsuranceService({ db, clock, config }: AppDeps) {
  const policies = createInsuranceRepository(db);

  async function findPolicyFor(
    actor: Actor,
    id: string,
    allowed: (actor: Actor, policy: InsurancePolicyRow) => boolean,
    path?: string,
  ): Promise<InsurancePolicyRow> {
    const policy = await policies.findById(id);
    if (!policy || !canReadInsurancePolicy(actor, policy)) throw policyNotFound(path);
    if (!allowed(actor, policy)) throw new AppError('auth.forbidden', 403);
    return policy;
  }

  /**
   * Every volunteer named must be one the actor sees (home or a team in the acting subtree); those already insured
   * may stay on the list even if they are not, so replacing a list never drops someone by accident.
   */
  async function assertVisibleVolunteers(actor: Actor, ids: readonly string[], alreadyInsured: readonly string[] = []) {
    const kept = new Set(alreadyInsured);
    const toCheck = ids.filter((id) => !kept.has(id));
    const visible = await policies.visibleVolunteerIds(toCheck, scopePathOf(actor));
    const missing = toCheck.filter((id) => !visible.has(id));
    if (missing.length > 0)
      throw new AppError('volunteers.not_found', 400, { path: 'body.volunteerIds', volunteerIds: missing });
  }

  async function detail(actor: Actor, id: string): Promise<InsurancePolicyDetail> {
    const row = await policies.findPresentable(id);
    if (!row) throw policyNotFound();
    const scope = scopePathOf(actor);
    const [volunteers, activities] = await Promise.all([policies.insuredVolunteers(id), policies.activitiesOf(id)]);
    return {
      ...presentInsurancePolicy(row),
      volunteers,
      // Attached activities of other subtrees stay unnamed.
      activities: activities
        .filter((activity) => scope === null || isWithin(activity.organizationPath, scope))
        .map(({ organizationPath: _path, ...activity }) => activity),
    };
  }

  return {
    async list(actor: Actor, query: InsurancePolicyListQuery) {
      if (!canBrowseActivities(actor)) throw new AppError('auth.forbidden', 403);
      const within = query.organizationId ? await findOrganizationFor(db, actor, query.organizationId) : null;
      const { items, total } = await policies.list({
        scopePath: scopePathOf(actor),
        withinPath: within?.path,
        q: query.q,
        activeOn: query.activeOn,
        page: query.page,
        pageSize: query.pageSize,
      });
      return { items: items.map(presentInsurancePolicy), total, page: query.page, pageSize: query.pageSize };
    },

    async get(actor: Actor, id: string) {
      await findPolicyFor(actor, id, () => true);
      return detail(actor, id);
    },

    async create(actor: Actor, input: InsurancePolicyCreate, meta: RequestMeta) {
      const holder = await findOrganizationFor(
        db,
        actor,
        input.organizationId,
        canOrganizeIn,
        () => new AppError('organizations.not_found', 404, [{ path: 'body.organizationId' }]),
      );
      if (input.coverageFrom > input.coverageTo)
        throw new AppError('insurance.period', 400, [{ path: 'body.coverageTo' }]);
      await assertVisibleVolunteers(actor, input.volunteerIds);

      const now = clock.now();
      const id = newId();
      const row = {
        id,
        organizationId: holder.id,
        organizationPath: holder.path,
        insurer: input.insurer,
        policyNo: input.policyNo,
        coverageFrom: input.coverageFrom,
        coverageTo: input.coverageTo,
        sumInsuredFen: input.sumInsuredFen ?? null,
        coversAllVolunteers: input.coversAllVolunteers ? 1 : 0,
        createdBy: actor.userId,
        createdAt: now,
      };
      try {
        await db.transaction().execute(async (trx) => {
          const repository = createInsuranceRepository(trx);
          await repository.insert(row);
          await repository.replaceInsured(id, input.volunteerIds);
          await recordAudit(
            trx,
            { actor, meta, now },
            {
              action: 'insurance.create',
              entityType: 'insurance_policy',
              entityId: id,
              after: { ...row, volunteerIds: input.volunteerIds },
              scopePath: holder.path,
            },
          );
        });
      } catch (error) {
        // The same policy number twice for one holder: the unique index decides, also between concurrent requests.
        if (isUniqueViolation(error)) throw new AppError('insurance.duplicate', 409, [{ path: 'body.policyNo' }]);
        throw error;
      }
      return detail(actor, id);
    },

    async replaceVolunteers(actor: Actor, id: string, volunteerIds: string[], meta: RequestMeta) {
      const policy = await findPolicyFor(actor, id, canManageInsurancePolicy);
      const before = await policies.insuredIdsOf(id);
      await assertVisibleVolunteers(actor, volunteerIds, before);
      const now = clock.now();
      const wanted = new Set(volunteerIds);
      const had = new Set(before);
      await db.transaction().execute(async (trx) => {
        await createInsuranceRepository(trx).replaceInsured(id, volunteerIds);
        await recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'insurance.volunteers',
            entityType: 'insurance_policy',
            entityId: id,
            before: { insuredCount: before.length, removed: before.filter((volunteer) => !wanted.has(volunteer)) },
            after: { insuredCount: wanted.size, added: volunteerIds.filter((volunteer) => !had.has(volunteer)) },
            scopePath: policy.organizationPath,
          },
        );
      });
      return detail(actor, id);
    },

    /** Attaches a policy the actor can see to an activity they manage; it must cover every day of the activity. */
    async attach(actor: Actor, activityId: string, policyId: string, meta: RequestMeta) {
      const activity = await findActivityFor(db, actor, activityId, canManageActivity);
      if (activity.status === 'cancelled') throw new AppError('activities.cancelled', 409);
      const policy = await findPolicyFor(actor, policyId, () => true, 'body.policyId');
      const span = calendarSpanOf(activity, config.timeZone);
      if (!policyCovers(policy, span))
        throw new AppError('insurance.not_covering', 409, {
          path: 'body.policyId',
          coverageFrom: policy.coverageFrom,
          coverageTo: policy.coverageTo,
          ...span,
        });
      if (await policies.isAttached(activityId, policyId)) throw new AppError('insurance.already_attached', 409);
      const now = clock.now();
      try {
        await db.transaction().execute(async (trx) => {
          await createInsuranceRepository(trx).attach(activityId, policyId, now, actor.userId);
          await recordAudit(
            trx,
            { actor, meta, now },
            {
              action: 'activities.insurance_attach',
              entityType: 'activity',
              entityId: activityId,
              after: { policyId, policyNo: policy.policyNo },
              scopePath: activity.organizationPath,
            },
          );
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('insurance.already_attached', 409);
        throw error;
      }
      return loadActivityDetail(db, activityId);
    },

    async detach(actor: Actor, activityId: string, policyId: string, meta: RequestMeta) {
      const activity = await findActivityFor(db, actor, activityId, canManageActivity);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        if (!(await createInsuranceRepository(trx).detach(activityId, policyId))) throw policyNotFound();
        await recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'activities.insurance_detach',
            entityType: 'activity',
            entityId: activityId,
            before: { policyId },
            scopePath: activity.organizationPath,
          },
        );
      });
      return loadActivityDetail(db, activityId);
    },
  };
}
