import { MAX_STATS_MONTHS, type VolunteerStats, type VolunteerStatsQuery } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import { monthsBetween, periodInstants, splitPeriod } from '../../db/report-buckets.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findOrganizationFor } from '../organizations/find-organization.ts';
import { loadRegistrySettings } from '../volunteers/registries.ts';
import { buildVolunteerStats, type TwoWays } from './build-volunteer-stats.ts';
import { registryOfPathIn } from './registry-of-path.ts';
import { canReadVolunteerStats } from './volunteer-stats.policy.ts';
import {
  type ActivePlan,
  type By,
  createVolunteerStatsRepository,
  type Grouped,
} from './volunteer-stats.repository.ts';
import { writeVolunteerStatsWorkbook } from './volunteer-stats-workbook.ts';

const periodInvalid = (message: string) =>
  new AppError('validation.failed', 400, [{ path: 'query.from', issue: 'period', message }]);

/** Characters a file name cannot carry on Windows or macOS. */
const unsafeInFileName = /[\\/:*?"<>|]/g;

/** Whole months as one bit mask per year (bit 0 = January), for the active-volunteer rollup. */
function wholeMonthsByYear(first: string, last: string): ActivePlan['wholeMonthsByYear'] {
  const masks = new Map<string, number>();
  for (const month of monthsBetween(first, last)) {
    const year = month.slice(0, 4);
    masks.set(year, (masks.get(year) ?? 0) | (1 << (Number(month.slice(5)) - 1)));
  }
  return [...masks].map(([year, mask]) => ({ year, mask }));
}

/** One figure grouped both ways. */
async function twoWays(query: (by: By) => Promise<Grouped[]>): Promise<TwoWays> {
  const [pathAndType, month] = await Promise.all([query('pathAndType'), query('month')]);
  return { pathAndType, month };
}

export function createVolunteerStatsService({ db, clock, config }: AppDeps) {
  const repository = createVolunteerStatsRepository(db);

  /** Hours grouped both ways: whole months from the rollup, and each partial month's days from the ledger. */
  async function hoursOf(
    path: string,
    wholeMonths: { first: string; last: string } | null,
    partialDays: { from: string; to: string }[],
  ): Promise<TwoWays> {
    const [months, ...days] = await Promise.all([
      wholeMonths ? twoWays((by) => repository.hoursOfMonths(path, wholeMonths.first, wholeMonths.last, by)) : null,
      ...partialDays.map(({ from, to }) => repository.hoursOfDays(path, from, to)),
    ]);
    const grouped = (key: string, row: { status: 'approved' | 'pending'; hundredths: number }, type?: string) => ({
      key,
      ...(type === undefined ? {} : { type }),
      status: row.status,
      hundredths: row.hundredths,
      count: 0,
      completed: 0,
      noShows: 0,
    });
    return {
      pathAndType: [...(months?.pathAndType ?? []), ...days.flat().map((row) => grouped(row.path, row, row.type))],
      // A partial range lies within one month: its first day names it.
      month: [
        ...(months?.month ?? []),
        ...days.flatMap((rows, index) => rows.map((row) => grouped(partialDays[index]!.from.slice(0, 7), row))),
      ],
    };
  }

  /** The organization (404 outside the actor's reach, like a missing one) and the period, defaults applied. */
  async function resolve(actor: Actor, query: VolunteerStatsQuery) {
    const organizationId = query.organizationId ?? actor.actingOrganization?.id;
    if (!organizationId) throw new AppError('organizations.not_found', 404);
    const organization = await findOrganizationFor(db, actor, organizationId, canReadVolunteerStats);
    const to = query.to ?? calendarDayOf(clock.now(), config.timeZone);
    const from = query.from ?? `${to.slice(0, 4)}-01-01`;
    if (from > to) throw periodInvalid('the period ends before it starts');
    const months = monthsBetween(from, to);
    if (months.length > MAX_STATS_MONTHS) throw periodInvalid(`at most ${MAX_STATS_MONTHS} months`);
    return { organization, period: { from, to }, months };
  }

  async function compute(actor: Actor, query: VolunteerStatsQuery): Promise<{ stats: VolunteerStats; path: string }> {
    const { organization, period, months } = await resolve(actor, query);
    const { path } = organization;
    const window = {
      path,
      months,
      timeZone: config.timeZone,
      ...periodInstants(period.from, period.to, config.timeZone),
    };
    const { wholeMonths, partialDays } = splitPeriod(period.from, period.to);
    const organizations = await repository.organizationsAround(path, path.split('/').filter(Boolean));
    const units = organizations.filter(
      (unit) =>
        unit.path.startsWith(path) && (unit.depth === organization.depth + 1 || unit.depth === organization.depth + 2),
    );
    const plan = {
      wholeMonthsByYear: wholeMonths ? wholeMonthsByYear(wholeMonths.first, wholeMonths.last) : [],
      partialDays,
    };

    const [registrations, newRegistrationsByMonth, activities, attendance, hours, activeVolunteers] = await Promise.all(
      [
        repository.registrations(window),
        repository.newRegistrationsByMonth(window),
        twoWays((by) => repository.activities(window, by)),
        twoWays((by) => repository.attendance(window, by)),
        hoursOf(path, wholeMonths, partialDays),
        repository.activeVolunteers(path, plan),
      ],
    );

    const registryOfPath = registryOfPathIn(organizations);
    const registryIds = new Set([registryOfPath(path)]);
    for (const row of hours.pathAndType) if (row.status === 'approved') registryIds.add(registryOfPath(row.key!));
    const divisors = new Map<string, number>();
    for (const registryId of registryIds)
      divisors.set(registryId, (await loadRegistrySettings(db, registryId)).fteHoursDivisor);

    const stats = buildVolunteerStats({
      organization,
      period,
      months,
      units,
      registryOfPath,
      divisors,
      registrations,
      newRegistrationsByMonth,
      activities,
      attendance,
      hours,
      activeVolunteers,
    });
    return { stats, path };
  }

  return {
    /** The statistics of an organization's subtree over a period (see volunteerStatsSchema). */
    statistics: async (actor: Actor, query: VolunteerStatsQuery) => (await compute(actor, query)).stats,

    /** The same statistics as an xlsx workbook; every export is audited (volunteer_stats.export). */
    async exportWorkbook(actor: Actor, query: VolunteerStatsQuery, meta: RequestMeta) {
      const { stats, path } = await compute(actor, query);
      const { organization, period } = stats;
      const now = clock.now();
      await db.transaction().execute((trx) =>
        recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'volunteer_stats.export',
            entityType: 'organization',
            entityId: organization.id,
            after: { from: period.from, to: period.to },
            scopePath: path,
          },
        ),
      );
      const name = organization.name.replace(unsafeInFileName, '_');
      return {
        fileName: `志愿服务统计-${name}-${period.from}至${period.to}.xlsx`,
        content: await writeVolunteerStatsWorkbook(stats),
      };
    },
  };
}

export type VolunteerStatsService = ReturnType<typeof createVolunteerStatsService>;
