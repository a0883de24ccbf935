import {
  creditedHundredths,
  type HoursEntry,
  type HoursRecordCreate,
  type HoursSelfReport,
  hundredthsOfHours,
  MANUAL_CREDIT_RULE,
  type MyHours,
} from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { newId } from '../../lib/ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { isWithin } from '../organizations/organization-paths.ts';
import { scopePathOf } from '../organizations/organizations.policy.ts';
import { createUsersRepository } from '../users/users.repository.ts';
import { findVolunteerFor } from '../volunteers/find-volunteer.ts';
import { findVolunteersOfUser } from '../volunteers/find-volunteers-of-user.ts';
import { loadRegistrySettings } from '../volunteers/registries.ts';
import { canManageVolunteer } from '../volunteers/volunteers.policy.ts';
import type { VolunteerRow } from '../volunteers/volunteers.repository.ts';
import { hoursTotalsByVolunteer } from './hours-totals.ts';
import { insertHoursEntry, type NewHoursEntry } from './insert-hours-entry.ts';
import { presentHoursEntry } from './present-hours-entry.ts';
import { createServiceHoursRepository } from './service-hours.repository.ts';

type ActivityRow = NonNullable<Awaited<ReturnType<ReturnType<typeof createServiceHoursRepository>['findActivity']>>>;

const activityNotFound = () => new AppError('activities.not_found', 404, [{ path: 'body.activityId' }]);
const futureDate = (path: string) => new AppError('hours.future_date', 400, [{ path }]);

/** Recording service: a coordinator's record for a volunteer, a volunteer's self-report, and "my hours". */
export function createHoursRecordingService({ db, clock, config }: AppDeps) {
  const repository = createServiceHoursRepository(db);

  async function findActivity(id: string | null | undefined, allowed: (activity: ActivityRow) => boolean) {
    if (!id) return null;
    const activity = await repository.findActivity(id);
    if (!activity || !allowed(activity)) throw activityNotFound();
    if (activity.status === 'cancelled') throw new AppError('activities.cancelled', 409, [{ path: 'body.activityId' }]);
    return activity;
  }

  /** Service cannot be recorded before it happened: the day (and the end, when given) must not be in the future. */
  function assertNotFuture(serviceDate: string, endedAt: number | undefined, now: number) {
    if (serviceDate > calendarDayOf(now, config.timeZone)) throw futureDate('body.serviceDate');
    if (endedAt !== undefined && endedAt > now) throw futureDate('body.endedAt');
  }

  const leadNameOf = async (userId: string | null) =>
    userId ? ((await createUsersRepository(db).findById(userId))?.displayName ?? null) : null;

  /** Appends the entry and its audit event together, then reads it back as the API shows it. */
  async function append(actor: Actor, meta: RequestMeta, entry: NewHoursEntry): Promise<HoursEntry> {
    await db.transaction().execute(async (trx) => {
      await insertHoursEntry(trx, entry);
      await recordAudit(
        trx,
        { actor, meta, now: entry.recordedAt },
        {
          action: 'service_hours.create',
          entityType: 'service_hours_entry',
          entityId: entry.id,
          after: {
            volunteerId: entry.volunteerId,
            activityId: entry.activityId,
            serviceDate: entry.serviceDate,
            rawMinutes: entry.rawMinutes,
            creditedHundredths: entry.creditedHundredths,
            source: entry.source,
          },
          scopePath: entry.unitPath,
        },
      );
    });
    const row = await repository.findDetailed(entry.id);
    if (!row) throw new AppError('hours.not_found', 404);
    return presentHoursEntry(row, actor.userId);
  }

  /** The parts of a new original entry every source shares. */
  function originalEntry(
    volunteer: VolunteerRow,
    activity: ActivityRow | null,
    fields: Pick<NewHoursEntry, 'serviceDate' | 'rawMinutes' | 'creditedHundredths' | 'roundingRule' | 'source'>,
  ): Omit<NewHoursEntry, 'recordingOrganizationId' | 'recordingPath' | 'recordedBy' | 'recordedAt'> {
    return {
      id: newId(),
      registryId: volunteer.registryId,
      volunteerId: volunteer.id,
      unitPath: volunteer.homePath,
      activityId: activity?.id ?? null,
      activityType: activity?.type ?? null,
      participationId: null,
      startedAt: null,
      endedAt: null,
      kind: 'original',
      correctsEntryId: null,
      place: activity?.address ?? null,
      content: null,
      leadUserId: activity?.leadUserId ?? null,
      leadName: null,
      evaluationRating: null,
      evaluationComment: null,
      status: 'pending',
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      importId: null,
      ...fields,
    };
  }

  return {
    /**
     * A coordinator records service for a volunteer they manage. The recording organization is the activity's
     * organizer when an activity is named, else the organization the coordinator acts for (谁记录谁证明).
     */
    async record(actor: Actor, body: HoursRecordCreate, meta: RequestMeta): Promise<HoursEntry> {
      const volunteer = await findVolunteerFor(db, actor, body.volunteerId, canManageVolunteer);
      const now = clock.now();
      assertNotFuture(body.serviceDate, body.endedAt, now);
      if (body.startedAt !== undefined && calendarDayOf(body.startedAt, config.timeZone) !== body.serviceDate)
        throw new AppError('validation.failed', 400, [{ path: 'body.serviceDate', issue: 'not_the_start_day' }]);
      const scope = scopePathOf(actor);
      const activity = await findActivity(
        body.activityId,
        (candidate) =>
          candidate.registryId === volunteer.registryId ||
          scope === null ||
          isWithin(candidate.organizationPath, scope),
      );
      const rawMinutes = body.rawMinutes ?? Math.floor(((body.endedAt ?? 0) - (body.startedAt ?? 0)) / 60_000);
      if (rawMinutes < 1) throw new AppError('validation.failed', 400, [{ path: 'body.endedAt', issue: 'too_short' }]);
      const settings = await loadRegistrySettings(db, volunteer.registryId);
      const override = body.creditedHours !== undefined;
      const leadUserId = body.leadUserId ?? activity?.leadUserId ?? null;
      const leadUserName = await leadNameOf(leadUserId);
      if (body.leadUserId && leadUserName === null)
        throw new AppError('users.not_found', 404, [{ path: 'body.leadUserId' }]);
      const leadName = body.leadName ?? leadUserName;
      const recording = activity
        ? { id: activity.organizationId, path: activity.organizationPath }
        : (actor.actingOrganization ?? { id: volunteer.homeOrganizationId, path: volunteer.homePath });
      return append(actor, meta, {
        ...originalEntry(volunteer, activity, {
          serviceDate: body.serviceDate,
          rawMinutes,
          creditedHundredths: override
            ? hundredthsOfHours(body.creditedHours ?? 0)
            : creditedHundredths(rawMinutes, settings.roundingRule, null),
          roundingRule: JSON.stringify(override ? MANUAL_CREDIT_RULE : settings.roundingRule),
          source: 'coordinator',
        }),
        startedAt: body.startedAt ?? null,
        endedAt: body.endedAt ?? null,
        place: body.place ?? activity?.address ?? null,
        content: body.content,
        leadUserId,
        leadName,
        recordingOrganizationId: recording.id,
        recordingPath: recording.path,
        recordedBy: actor.userId,
        recordedAt: now,
      });
    },

    /** A volunteer declares service they did (志愿云 个人申报); it waits for a coordinator like any entry. */
    async selfReport(actor: Actor, body: HoursSelfReport, meta: RequestMeta): Promise<HoursEntry> {
      const mine = await findVolunteersOfUser(db, actor.userId);
      if (mine.length === 0) throw new AppError('volunteers.not_a_volunteer', 403);
      const volunteer = body.volunteerId
        ? mine.find((candidate) => candidate.id === body.volunteerId)
        : mine.length === 1
          ? mine[0]
          : undefined;
      if (!volunteer) {
        if (body.volunteerId) throw new AppError('volunteers.not_found', 404, [{ path: 'body.volunteerId' }]);
        // Registered with several registries: the form must say which record the hours belong to.
        throw new AppError('validation.failed', 400, [{ path: 'body.volunteerId', issue: 'required' }]);
      }
      if (volunteer.status !== 'active') throw new AppError('volunteers.not_active', 409);
      const now = clock.now();
      assertNotFuture(body.serviceDate, undefined, now);
      const activity = await findActivity(
        body.activityId,
        (candidate) => candidate.registryId === volunteer.registryId,
      );
      const settings = await loadRegistrySettings(db, volunteer.registryId);
      const base = originalEntry(volunteer, activity, {
        serviceDate: body.serviceDate,
        rawMinutes: body.rawMinutes,
        creditedHundredths: creditedHundredths(body.rawMinutes, settings.roundingRule, null),
        roundingRule: JSON.stringify(settings.roundingRule),
        source: 'self_report',
      });
      return append(actor, meta, {
        ...base,
        place: body.place ?? base.place,
        content: body.content,
        leadName: body.leadName ?? (await leadNameOf(base.leadUserId ?? null)),
        recordingOrganizationId: activity?.organizationId ?? volunteer.homeOrganizationId,
        recordingPath: activity?.organizationPath ?? volunteer.homePath,
        recordedBy: actor.userId,
        recordedAt: now,
      });
    },

    /** The signed-in volunteer's entries across their registries, newest first, with totals per registry. */
    async mine(actor: Actor, { page, pageSize }: { page: number; pageSize: number }): Promise<MyHours> {
      const volunteers = await findVolunteersOfUser(db, actor.userId);
      if (volunteers.length === 0) return { items: [], total: 0, page, pageSize, totals: [] };
      const ids = volunteers.map((volunteer) => volunteer.id);
      const query = { scopePath: null, status: 'all' as const, volunteerIds: ids };
      const [rows, summary, totals, names] = await Promise.all([
        repository.list(query, { page, pageSize }),
        repository.summary(query),
        hoursTotalsByVolunteer(db, ids),
        repository.organizationNames(volunteers.map((volunteer) => volunteer.registryId)),
      ]);
      return {
        items: rows.map((row) => presentHoursEntry(row, actor.userId)),
        total: summary.count,
        page,
        pageSize,
        totals: volunteers.map((volunteer) => ({
          volunteerId: volunteer.id,
          registryId: volunteer.registryId,
          registryName: names.get(volunteer.registryId) ?? '',
          localNo: volunteer.localNo,
          ...(totals.get(volunteer.id) ?? { approvedHundredths: 0, pendingHundredths: 0, entries: 0 }),
        })),
      };
    },
  };
}

export type HoursRecordingService = ReturnType<typeof createHoursRecordingService>;
