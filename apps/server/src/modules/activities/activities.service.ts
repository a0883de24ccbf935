import type { ActivityCreate, ActivityListQuery, ActivityUpdate, PlaceInput } from '@liandong/domain';
import type { Updateable } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { addDays, startOfCalendarDay } from '../../lib/calendar.ts';
import { newId } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findOrganizationFor } from '../organizations/find-organization.ts';
import { scopePathOf } from '../organizations/organizations.policy.ts';
import { createOrganizationsRepository } from '../organizations/organizations.repository.ts';
import { canBrowseActivities, canManageActivity, canOrganizeIn } from './activities.policy.ts';
import { createActivitiesRepository } from './activities.repository.ts';
import type { ActivitiesTable } from './activities.table.ts';
import { cancelActivity } from './activity-cancellation.ts';
import { presentActivity } from './activity-presenter.ts';
import { assertCoOrganizers, assertLead } from './activity-references.ts';
import { findActivityFor } from './find-activity.ts';
import { createInsuranceRepository } from './insurance.repository.ts';
import { calendarSpanOf, policyCovers } from './insurance-coverage.ts';
import { loadActivityDetail } from './load-activity.ts';
import { createShiftsRepository } from './shifts.repository.ts';
import { staffingRegistryFor } from './staffing-registry.ts';

const timeRange = (field: 'startsAt' | 'endsAt') =>
  new AppError('activities.time_range', 400, [{ path: `body.${field}` }]);

/** The place as its four columns; null clears them all. */
function placeColumns(place: PlaceInput | null) {
  return {
    address: place?.address ?? null,
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    geofenceM: place?.geofenceM ?? null,
  };
}

export function createActivitiesService({ db, clock, config }: AppDeps) {
  const activities = createActivitiesRepository(db);

  /** A move must keep every open shift inside the activity and every attached policy covering its days. */
  async function assertMovable(activityId: string, startsAt: number, endsAt: number) {
    if (await createShiftsRepository(db).hasOpenShiftOutside(activityId, startsAt, endsAt))
      throw new AppError('activities.time_range', 409, [{ path: 'body.startsAt', issue: 'shifts_outside' }]);
    const span = calendarSpanOf({ startsAt, endsAt }, config.timeZone);
    const uncovered = (await createInsuranceRepository(db).attachedTo(activityId)).filter(
      (policy) => !policyCovers(policy, span),
    );
    if (uncovered.length > 0)
      throw new AppError('insurance.not_covering', 409, { policyIds: uncovered.map((policy) => policy.id) });
  }

  return {
    async list(actor: Actor, query: ActivityListQuery) {
      if (!canBrowseActivities(actor)) throw new AppError('auth.forbidden', 403);
      const scopePath = scopePathOf(actor);
      const within = query.organizationId ? await findOrganizationFor(db, actor, query.organizationId) : null;
      const { items, total } = await activities.list({
        scopePath,
        leadUserId: actor.userId,
        withinPath: within?.path,
        from: query.from ? startOfCalendarDay(query.from, config.timeZone) : undefined,
        to: query.to ? startOfCalendarDay(addDays(query.to, 1), config.timeZone) : undefined,
        type: query.type,
        status: query.status,
        q: query.q,
        page: query.page,
        pageSize: query.pageSize,
      });
      const ids = items.map((item) => item.id);
      const [coOrganizers, totals] = await Promise.all([
        activities.coOrganizersOf(ids),
        activities.openShiftTotals(ids),
      ]);
      return {
        items: items.map((row) => ({
          ...presentActivity(row, coOrganizers),
          ...(totals.get(row.id) ?? { shiftCount: 0, totalCapacity: 0, confirmedCount: 0 }),
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async get(actor: Actor, id: string) {
      await findActivityFor(db, actor, id);
      return loadActivityDetail(db, id);
    },

    async create(actor: Actor, input: ActivityCreate, meta: RequestMeta) {
      const organizer = await findOrganizationFor(
        db,
        actor,
        input.organizationId,
        canOrganizeIn,
        () => new AppError('organizations.not_found', 404, [{ path: 'body.organizationId' }]),
      );
      if (input.startsAt >= input.endsAt) throw timeRange('endsAt');
      const leadUserId = input.leadUserId ?? actor.userId;
      await assertLead(db, actor, organizer, leadUserId);
      const coOrganizers = await assertCoOrganizers(db, actor, organizer.id, input.coOrganizers);
      const registry = await staffingRegistryFor(db, organizer, coOrganizers);

      const now = clock.now();
      const id = newId();
      const row = {
        id,
        organizationId: organizer.id,
        organizationPath: organizer.path,
        registryId: registry.id,
        type: input.type,
        title: input.title,
        content: input.content ?? null,
        leadUserId,
        ...placeColumns(input.place ?? null),
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        beneficiaryGroup: input.beneficiaryGroup ?? null,
        riskLevel: input.riskLevel,
        status: 'published' as const,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      };
      await db.transaction().execute(async (trx) => {
        const repository = createActivitiesRepository(trx);
        await repository.insert(row);
        await repository.replaceCoOrganizers(id, input.coOrganizers);
        await recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'activities.create',
            entityType: 'activity',
            entityId: id,
            after: { ...row, coOrganizers: input.coOrganizers },
            scopePath: organizer.path,
          },
        );
      });
      return loadActivityDetail(db, id);
    },

    async update(actor: Actor, id: string, input: ActivityUpdate, meta: RequestMeta) {
      const activity = await findActivityFor(db, actor, id, canManageActivity);
      if (activity.status === 'cancelled') throw new AppError('activities.cancelled', 409);
      const startsAt = input.startsAt ?? activity.startsAt;
      const endsAt = input.endsAt ?? activity.endsAt;
      if (startsAt >= endsAt) throw timeRange(input.endsAt === undefined ? 'startsAt' : 'endsAt');
      if (startsAt !== activity.startsAt || endsAt !== activity.endsAt) await assertMovable(id, startsAt, endsAt);
      if (input.leadUserId !== undefined && input.leadUserId !== activity.leadUserId) {
        const organizer = await createOrganizationsRepository(db).findById(activity.organizationId);
        if (!organizer) throw new AppError('activities.not_found', 404);
        await assertLead(db, actor, organizer, input.leadUserId);
      }
      if (input.coOrganizers) await assertCoOrganizers(db, actor, activity.organizationId, input.coOrganizers);

      const now = clock.now();
      const { place, coOrganizers, ...fields } = input;
      const changes: Updateable<ActivitiesTable> = {
        ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
        ...(place !== undefined ? placeColumns(place) : {}),
        updatedAt: now,
      };
      const coOrganizersBefore = (await activities.coOrganizersOf([id])).map(({ organizationId, role }) => ({
        organizationId,
        role,
      }));
      await db.transaction().execute(async (trx) => {
        const repository = createActivitiesRepository(trx);
        await repository.update(id, changes);
        if (coOrganizers) await repository.replaceCoOrganizers(id, coOrganizers);
        const after = await repository.findById(id);
        const { coOrganizerPaths: _paths, ...before } = activity;
        await recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'activities.update',
            entityType: 'activity',
            entityId: id,
            before: { ...before, coOrganizers: coOrganizersBefore },
            after: { ...after, coOrganizers: coOrganizers ?? coOrganizersBefore },
            scopePath: activity.organizationPath,
          },
        );
      });
      return loadActivityDetail(db, id);
    },

    async cancel(actor: Actor, id: string, meta: RequestMeta) {
      const activity = await findActivityFor(db, actor, id, canManageActivity);
      if (activity.status === 'cancelled') throw new AppError('activities.cancelled', 409);
      await db.transaction().execute((trx) => cancelActivity(trx, { actor, meta, now: clock.now() }, activity));
      return loadActivityDetail(db, id);
    },
  };
}

export type ActivitiesService = ReturnType<typeof createActivitiesService>;
