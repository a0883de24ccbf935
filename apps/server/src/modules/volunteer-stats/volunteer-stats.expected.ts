import {
  ACTIVITY_TYPES,
  type ActivityType,
  type HoursKind,
  type VolunteerStats,
  type VolunteerStatsFigures,
  type VolunteerStatus,
} from '@liandong/domain';
import type { Db } from '../../db/create-db.ts';
import { shanghaiDay } from './volunteer-stats.fixtures.ts';

// What the statistics must be, worked out in plain TypeScript from every raw row in the database, with none of the
// server's SQL, rollups or bucketing helpers: the test compares the API's answer with this.

/** Every row the figures are made of. */
export async function loadRawRows(db: Db) {
  const [organizations, volunteers, activities, shifts, participations, entries, registries] = await Promise.all([
    db.selectFrom('organizations').select(['id', 'parentId', 'path', 'depth', 'name', 'kind']).execute(),
    db.selectFrom('volunteers').select(['id', 'homePath', 'status', 'registeredAt', 'name']).execute(),
    db.selectFrom('activities').select(['id', 'organizationPath', 'type', 'startsAt', 'status']).execute(),
    db.selectFrom('shifts').select(['id', 'activityId', 'startsAt']).execute(),
    db.selectFrom('participations').select(['shiftId', 'state']).execute(),
    db
      .selectFrom('serviceHoursEntries')
      .select(['registryId', 'volunteerId', 'unitPath', 'serviceDate', 'activityType', 'status', 'kind'])
      .select('creditedHundredths')
      .execute(),
    db.selectFrom('volunteerRegistries').select(['organizationId', 'settings']).execute(),
  ]);
  const divisors = new Map(
    registries.map((row) => [
      row.organizationId,
      (JSON.parse(row.settings) as { fteHoursDivisor: number }).fteHoursDivisor,
    ]),
  );
  return { organizations, volunteers, activities, shifts, participations, entries, divisors };
}

export type RawRows = Awaited<ReturnType<typeof loadRawRows>>;

const recordSign = (kind: HoursKind) => (kind === 'original' ? 1 : kind === 'void' ? -1 : 0);

function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from.slice(0, 7); month <= to.slice(0, 7); ) {
    months.push(month);
    const [year, number] = month.split('-').map(Number) as [number, number];
    month = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
  }
  return months;
}

/** The statistics of `organizationId`'s subtree over [from, to], recomputed from `raw`. */
export function expectedStats(
  raw: RawRows,
  organizationId: string,
  period: { from: string; to: string },
): VolunteerStats {
  const chosen = raw.organizations.find((organization) => organization.id === organizationId)!;
  const inPeriod = (day: string) => period.from <= day && day <= period.to;
  const activityById = new Map(raw.activities.map((activity) => [activity.id, activity]));
  const shiftById = new Map(raw.shifts.map((shift) => [shift.id, shift]));
  const attendance = raw.participations
    .filter((p) => p.state === 'completed' || p.state === 'no_show')
    .map((p) => {
      const shift = shiftById.get(p.shiftId)!;
      const activity = activityById.get(shift.activityId)!;
      return { state: p.state, day: shanghaiDay(shift.startsAt), path: activity.organizationPath, type: activity.type };
    })
    .filter((p) => inPeriod(p.day));
  const activities = raw.activities
    .filter((a) => a.status !== 'cancelled' && inPeriod(shanghaiDay(a.startsAt)))
    .map((a) => ({ ...a, day: shanghaiDay(a.startsAt) }));
  const entries = raw.entries.filter((e) => inPeriod(e.serviceDate));

  function figures(inScope: (path: string) => boolean): VolunteerStatsFigures {
    const counts = () => ({ prospective: 0, active: 0, suspended: 0, exited: 0 }) as Record<VolunteerStatus, number>;
    const volunteers = counts();
    const registeredByPeriodEnd = counts();
    let newRegistrations = 0;
    let staying = 0;
    for (const volunteer of raw.volunteers.filter((v) => inScope(v.homePath))) {
      const day = shanghaiDay(volunteer.registeredAt);
      volunteers[volunteer.status]++;
      if (day <= period.to) {
        registeredByPeriodEnd[volunteer.status]++;
        if (volunteer.status !== 'exited') staying++;
      }
      if (inPeriod(day)) newRegistrations++;
    }
    const scoped = entries.filter((e) => inScope(e.unitPath));
    const sum = (status: string) =>
      scoped.filter((e) => e.status === status).reduce((total, e) => total + e.creditedHundredths, 0);
    const approvedHundredths = sum('approved');
    // Active: approved service records (originals less voids) positive for some unit and month of the period.
    const records = new Map<string, number>();
    const byRegistry = new Map<string, number>();
    for (const e of scoped.filter((row) => row.status === 'approved')) {
      const key = [e.volunteerId, e.unitPath, e.serviceDate.slice(0, 7)].join('|');
      records.set(key, (records.get(key) ?? 0) + recordSign(e.kind));
      byRegistry.set(e.registryId, (byRegistry.get(e.registryId) ?? 0) + e.creditedHundredths);
    }
    const active = new Set([...records].filter(([, n]) => n > 0).map(([key]) => key.split('|')[0]));
    let fte = 0;
    for (const [registryId, hundredths] of byRegistry) fte += hundredths / (raw.divisors.get(registryId) ?? 2080);
    const personTimes = attendance.filter((p) => inScope(p.path) && p.state === 'completed').length;
    const noShows = attendance.filter((p) => inScope(p.path) && p.state === 'no_show').length;
    return {
      volunteers,
      registeredByPeriodEnd,
      newRegistrations,
      activeVolunteers: active.size,
      activities: activities.filter((a) => inScope(a.organizationPath)).length,
      personTimes,
      noShows,
      noShowRate: personTimes + noShows > 0 ? noShows / (personTimes + noShows) : null,
      approvedHundredths,
      pendingHundredths: sum('pending'),
      averageHundredthsPerVolunteer: staying > 0 ? Math.round(approvedHundredths / staying) : null,
      fteHundredths: Math.round(fte),
    };
  }

  const within = (top: string) => (path: string) => path.startsWith(top);
  const inChosen = within(chosen.path);
  const units = raw.organizations
    .filter((o) => inChosen(o.path) && (o.depth === chosen.depth + 1 || o.depth === chosen.depth + 2))
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((o) => ({
      organizationId: o.id,
      name: o.name,
      kind: o.kind,
      parentId: o.parentId!,
      level: o.depth === chosen.depth + 1 ? (1 as const) : (2 as const),
      figures: figures(within(o.path)),
    }));

  const scopedEntries = entries.filter((e) => inChosen(e.unitPath));
  const scopedActivities = activities.filter((a) => inChosen(a.organizationPath));
  const scopedAttendance = attendance.filter((p) => inChosen(p.path));
  const hoursOf = (rows: typeof entries, status: string) =>
    rows.filter((e) => e.status === status).reduce((total, e) => total + e.creditedHundredths, 0);
  const months = monthsOf(period.from, period.to).map((month) => {
    const inMonth = (day: string) => day.startsWith(month);
    const monthEntries = scopedEntries.filter((e) => inMonth(e.serviceDate));
    return {
      month,
      approvedHundredths: hoursOf(monthEntries, 'approved'),
      pendingHundredths: hoursOf(monthEntries, 'pending'),
      activities: scopedActivities.filter((a) => inMonth(a.day)).length,
      personTimes: scopedAttendance.filter((p) => inMonth(p.day) && p.state === 'completed').length,
      noShows: scopedAttendance.filter((p) => inMonth(p.day) && p.state === 'no_show').length,
      newRegistrations: raw.volunteers.filter((v) => {
        const day = shanghaiDay(v.registeredAt);
        return inChosen(v.homePath) && inPeriod(day) && inMonth(day);
      }).length,
    };
  });
  const activityTypes = [...ACTIVITY_TYPES, null].map((activityType: ActivityType | null) => {
    const typeEntries = scopedEntries.filter((e) => e.activityType === activityType);
    return {
      activityType,
      activities: scopedActivities.filter((a) => a.type === activityType).length,
      personTimes: scopedAttendance.filter((p) => p.type === activityType && p.state === 'completed').length,
      noShows: scopedAttendance.filter((p) => p.type === activityType && p.state === 'no_show').length,
      approvedHundredths: hoursOf(typeEntries, 'approved'),
      pendingHundredths: hoursOf(typeEntries, 'pending'),
    };
  });

  // The registry: the nearest 义工联 at or above the chosen organization (every test tree has one).
  const ancestors = raw.organizations.filter((o) => chosen.path.startsWith(o.path));
  const registryId = ancestors.sort((a, b) => b.depth - a.depth).find((o) => o.kind === 'volunteer_federation')!.id;
  const registryIds = new Set([
    registryId,
    ...scopedEntries.filter((e) => e.status === 'approved').map((e) => e.registryId),
  ]);
  return {
    organization: { id: chosen.id, name: chosen.name, kind: chosen.kind },
    period,
    fteDivisors: [...registryIds].map((id) => ({ registryId: id, hoursDivisor: raw.divisors.get(id) ?? 2080 })),
    totals: figures(inChosen),
    direct: figures((path) => path === chosen.path),
    units,
    months,
    activityTypes,
  };
}
