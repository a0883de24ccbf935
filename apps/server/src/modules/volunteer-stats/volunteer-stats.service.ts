import { MAX_STATS_MONTHS, type VolunteerStats, type VolunteerStatsQuery } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import {
  lastDayOfMonth,
  monthsBetween,
  type PeriodSplit,
  periodInstants,
  splitPeriod,
} from '../../db/report-buckets.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { addDays, calendarDayOf } from '../../lib/calendar.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findOrganizationFor } from '../organizations/find-organization.ts';
import { loadRegistrySettings } from '../volunteers/registries.ts';
import { buildVolunteerStats, type HoursGroups, type TwoWays } from './build-volunteer-stats.ts';
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

  /** Whether the subtree's ledger has entries on the days of `days`' month outside it. */
  async function otherDaysHaveEntries(path: string, days: { from: string; to: string }): Promise<boolean> {
    const month = days.from.slice(0, 7);
    const [first, last] = [`${month}-01`, lastDayOfMonth(month)];
    const sides = await Promise.all([
      days.from > first && repository.hasEntriesBetween(path, first, addDays(days.from, -1)),
      days.to < last && repository.hasEntriesBetween(path, addDays(days.to, 1), last),
    ]);
    return sides.some(Boolean);
  }

  /**
   * The period split into months read from the rollups and days read from the ledger. A partial month whose
   * other days hold no entry of the subtree — typically this month up to today — adds up to its whole month, so
   * it is read from the rollups too: the ledger is read only for a month cut where something lies beyond the cut.
   * Partial months are the period's first and last, so the rollup months stay one run.
   */
  async function splitForRollups(path: string, from: string, to: string): Promise<PeriodSplit> {
    const { wholeMonths, partialDays } = splitPeriod(from, to);
    const busy = await Promise.all(partialDays.map((days) => otherDaysHaveEntries(path, days)));
    const rollupMonths = [
      ...(wholeMonths ? monthsBetween(wholeMonths.first, wholeMonths.last) : []),
      ...partialDays.filter((_, index) => !busy[index]).map((days) => days.from.slice(0, 7)),
    ].sort();
    return {
      wholeMonths: rollupMonths.length ? { first: rollupMonths[0]!, last: rollupMonths.at(-1)! } : null,
      partialDays: partialDays.filter((_, index) => busy[index]),
    };
  }

  /** Hours three ways: whole months from the rollups, and each partial month's days from the ledger. */
  async function hoursOf(
    path: string,
    wholeMonths: { first: string; last: string } | null,
    partialDays: { from: string; to: string }[],
  ): Promise<HoursGroups> {
    const [byPath, byMonthAndType, ...days] = await Promise.all([
      wholeMonths ? repository.hoursByPath(path, wholeMonths.first, wholeMonths.last) : [],
      wholeMonths ? repository.hoursByMonthAndType(path, wholeMonths.first, wholeMonths.last) : [],
      ...partialDays.map(({ from, to }) => repository.hoursOfDays(path, from, to)),
    ]);
    const grouped = (
      key: string | null,
      row: { status: 'approved' | 'pending'; hundredths: number },
      type?: string,
    ): Grouped => ({
      key,
      ...(type === undefined ? {} : { type }),
      status: row.status,
      hundredths: row.hundredths,
      count: 0,
      completed: 0,
      noShows: 0,
    });
    return {
      byPath: [...byPath, ...days.flat().map((row) => grouped(row.path, row))],
      // A partial range lies within one month: its first day names it.
      byMonth: [
        ...byMonthAndType.map((row) => grouped(row.month, row)),
        ...days.flatMap((rows, index) => rows.map((row) => grouped(partialDays[index]!.from.slice(0, 7), row))),
      ],
      byType: [...byMonthAndType, ...days.flat()].map((row) => grouped(null, row, row.type)),
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
    const [{ wholeMonths, partialDays }, organizations] = await Promise.all([
      splitForRollups(path, period.from, period.to),
      repository.organizationsAround(path, path.split('/').filter(Boolean)),
    ]);
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
    for (const row of hours.byPath) if (row.status === 'approved') registryIds.add(registryOfPath(row.key!));
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
