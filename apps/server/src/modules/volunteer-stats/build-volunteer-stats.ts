import {
  ACTIVITY_TYPES,
  type ActivityType,
  type OrganizationKind,
  type VolunteerStats,
  type VolunteerStatsFigures,
  type VolunteerStatus,
  type VolunteerStatusCounts,
} from '@liandong/domain';
import type { ActiveVolunteers, Grouped } from './volunteer-stats.repository.ts';

export interface StatsOrganization {
  id: string;
  parentId: string | null;
  path: string;
  depth: number;
  name: string;
  kind: OrganizationKind;
}

/** Grouped two ways: by path and activity type (for the scopes and the types), and by month. */
export interface TwoWays {
  pathAndType: readonly Grouped[];
  month: readonly Grouped[];
}

/** Approved and pending hours (`status`) by unit path (`key`), by month (`key`) and by activity type (`type`). */
export interface HoursGroups {
  byPath: readonly Grouped[];
  byMonth: readonly Grouped[];
  byType: readonly Grouped[];
}

/** Everything the statistics are made from: the repository's grouped rows and what names and divides them. */
export interface VolunteerStatsInput {
  organization: StatsOrganization;
  period: { from: string; to: string };
  months: readonly string[];
  /** The stations and teams to report: the chosen organization's children and grandchildren. */
  units: readonly StatsOrganization[];
  /** The registry a unit path's hours belong to, and each registry's FTE divisor. */
  registryOfPath: (path: string) => string;
  divisors: ReadonlyMap<string, number>;
  registrations: readonly {
    path: string;
    status: VolunteerStatus;
    volunteers: number;
    byEnd: number;
    newInPeriod: number;
  }[];
  newRegistrationsByMonth: readonly Grouped[];
  activities: TwoWays;
  attendance: TwoWays;
  hours: HoursGroups;
  /** Active volunteers per unit path, and the pairs of those who may be counted under several paths. */
  activeVolunteers: ActiveVolunteers;
}

const TOTAL_SCOPE = 'total';
const DIRECT_SCOPE = 'direct';

const noVolunteers = (): VolunteerStatusCounts => ({ prospective: 0, active: 0, suspended: 0, exited: 0 });

/** What one scope (everything, the chosen organization itself, or one station or team) adds up to. */
class Tally {
  volunteers = noVolunteers();
  registeredByPeriodEnd = noVolunteers();
  newRegistrations = 0;
  activities = 0;
  personTimes = 0;
  noShows = 0;
  approvedHundredths = 0;
  pendingHundredths = 0;
  approvedByRegistry = new Map<string, number>();
  activeVolunteers = 0;

  figures(divisors: ReadonlyMap<string, number>): VolunteerStatsFigures {
    const { exited: _exited, ...staying } = this.registeredByPeriodEnd;
    const registered = Object.values(staying).reduce((sum, n) => sum + n, 0);
    let fte = 0;
    for (const [registryId, hundredths] of this.approvedByRegistry)
      fte += hundredths / (divisors.get(registryId) ?? 2080);
    const attended = this.personTimes + this.noShows;
    return {
      volunteers: this.volunteers,
      registeredByPeriodEnd: this.registeredByPeriodEnd,
      newRegistrations: this.newRegistrations,
      activeVolunteers: this.activeVolunteers,
      activities: this.activities,
      personTimes: this.personTimes,
      noShows: this.noShows,
      noShowRate: attended > 0 ? this.noShows / attended : null,
      approvedHundredths: this.approvedHundredths,
      pendingHundredths: this.pendingHundredths,
      averageHundredthsPerVolunteer: registered > 0 ? Math.round(this.approvedHundredths / registered) : null,
      fteHundredths: Math.round(fte),
    };
  }
}

const asActivityType = (type: string | null): ActivityType | null =>
  type === '' || type === null
    ? null
    : (ACTIVITY_TYPES as readonly string[]).includes(type)
      ? (type as ActivityType)
      : 'other';

/** The scopes a path counts in: the whole subtree, and its station and team below the chosen organization, or `direct`. */
function scopeKeysOf(path: string, chosen: { depth: number }): string[] {
  const below = path
    .split('/')
    .filter(Boolean)
    .slice(chosen.depth + 1, chosen.depth + 3);
  return [TOTAL_SCOPE, ...(below.length ? below : [DIRECT_SCOPE])];
}

/** Adds the grouped rows up per scope, month and activity type, and works out the derived figures. */
export function buildVolunteerStats(input: VolunteerStatsInput): VolunteerStats {
  const { organization } = input;
  const tallies = new Map<string, Tally>();
  const tallyOf = (key: string) => {
    let tally = tallies.get(key);
    if (!tally) {
      tally = new Tally();
      tallies.set(key, tally);
    }
    return tally;
  };
  const scopesByPath = new Map<string, Tally[]>();
  const scopesOf = (path: string): Tally[] => {
    let scopes = scopesByPath.get(path);
    if (!scopes) {
      scopes = scopeKeysOf(path, organization).map(tallyOf);
      scopesByPath.set(path, scopes);
    }
    return scopes;
  };

  for (const row of input.registrations) {
    for (const scope of scopesOf(row.path)) {
      scope.volunteers[row.status] += row.volunteers;
      scope.registeredByPeriodEnd[row.status] += row.byEnd;
      scope.newRegistrations += row.newInPeriod;
    }
  }
  // Each volunteer counts once per scope. Add up the counts per path, then take back the extra counts of the
  // volunteers counted under more than one path within the same scope (under two units, say).
  for (const row of input.activeVolunteers.byPath)
    for (const scope of scopesOf(row.path)) scope.activeVolunteers += row.volunteers;
  const pathsOf = new Map<string, string[]>();
  for (const { path, volunteerId } of input.activeVolunteers.shared) {
    const paths = pathsOf.get(volunteerId);
    if (paths) paths.push(path);
    else pathsOf.set(volunteerId, [path]);
  }
  for (const paths of pathsOf.values()) {
    if (paths.length < 2) continue;
    const listings = new Map<Tally, number>();
    for (const path of paths) for (const scope of scopesOf(path)) listings.set(scope, (listings.get(scope) ?? 0) + 1);
    for (const [scope, count] of listings) scope.activeVolunteers -= count - 1;
  }
  for (const row of input.activities.pathAndType) for (const scope of scopesOf(row.key!)) scope.activities += row.count;
  for (const row of input.attendance.pathAndType) {
    for (const scope of scopesOf(row.key!)) {
      scope.personTimes += row.completed;
      scope.noShows += row.noShows;
    }
  }
  for (const row of input.hours.byPath) {
    const approved = row.status === 'approved';
    const registryId = input.registryOfPath(row.key!);
    for (const scope of scopesOf(row.key!)) {
      if (!approved) {
        scope.pendingHundredths += row.hundredths;
        continue;
      }
      scope.approvedHundredths += row.hundredths;
      scope.approvedByRegistry.set(registryId, (scope.approvedByRegistry.get(registryId) ?? 0) + row.hundredths);
    }
  }

  const months = new Map(
    input.months.map((month) => [
      month,
      {
        month,
        approvedHundredths: 0,
        pendingHundredths: 0,
        activities: 0,
        personTimes: 0,
        noShows: 0,
        newRegistrations: 0,
      },
    ]),
  );
  const types = new Map(
    [...ACTIVITY_TYPES, null].map((activityType) => [
      activityType,
      { activityType, activities: 0, personTimes: 0, noShows: 0, approvedHundredths: 0, pendingHundredths: 0 },
    ]),
  );
  // Rows outside the period's months (key null) cannot occur for these queries; skip them rather than fail.
  const monthOf = (row: Grouped) => (row.key === null ? undefined : months.get(row.key));
  const typeOf = (row: Grouped) => types.get(asActivityType(row.type ?? null))!;
  const hoursField = (row: Grouped) => (row.status === 'approved' ? 'approvedHundredths' : 'pendingHundredths');
  for (const row of input.newRegistrationsByMonth) {
    const month = monthOf(row);
    if (month) month.newRegistrations += row.count;
  }
  for (const row of input.activities.month) {
    const month = monthOf(row);
    if (month) month.activities += row.count;
  }
  for (const row of input.activities.pathAndType) typeOf(row).activities += row.count;
  const addAttendance = (target: { personTimes: number; noShows: number }, row: Grouped) => {
    target.personTimes += row.completed;
    target.noShows += row.noShows;
  };
  for (const row of input.attendance.month) {
    const month = monthOf(row);
    if (month) addAttendance(month, row);
  }
  for (const row of input.attendance.pathAndType) addAttendance(typeOf(row), row);
  for (const row of input.hours.byMonth) {
    const month = monthOf(row);
    if (month) month[hoursField(row)] += row.hundredths;
  }
  for (const row of input.hours.byType) typeOf(row)[hoursField(row)] += row.hundredths;

  const figuresOf = (key: string) => (tallies.get(key) ?? new Tally()).figures(input.divisors);
  const units = [...input.units]
    // Byte order of paths, whatever the database's collation: each station followed by its teams.
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((unit) => ({
      organizationId: unit.id,
      name: unit.name,
      kind: unit.kind,
      parentId: unit.parentId!,
      level: unit.depth === organization.depth + 1 ? (1 as const) : (2 as const),
      figures: figuresOf(unit.id),
    }));

  return {
    organization: { id: organization.id, name: organization.name, kind: organization.kind },
    period: input.period,
    fteDivisors: [...input.divisors].map(([registryId, hoursDivisor]) => ({ registryId, hoursDivisor })),
    totals: figuresOf(TOTAL_SCOPE),
    direct: figuresOf(DIRECT_SCOPE),
    units,
    months: [...months.values()],
    activityTypes: [...types.values()],
  };
}
