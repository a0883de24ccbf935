/**
 * The statistics rollups (migrations 0004 and 0005), kept in step with the ledger, participations and volunteers by
 * triggers: never written by application code. `records` counts service records: originals less voids.
 */
export interface ServiceHoursMonthlyTable {
  unitPath: string;
  /** 'YYYY-MM' of the service date. */
  month: string;
  /** '' for entries recorded without an activity type. */
  activityType: string;
  /** Declined entries count nowhere and are left out. */
  status: 'approved' | 'pending';
  hundredths: number;
  records: number;
}

/** Approved entries per unit path, volunteer and month: who was active when. */
export interface VolunteerHoursMonthlyTable {
  unitPath: string;
  volunteerId: string;
  month: string;
  hundredths: number;
  records: number;
}

/** Per unit path, volunteer and year: bit n-1 set while month n's approved records are positive. */
export interface VolunteerActiveYearsTable {
  unitPath: string;
  volunteerId: string;
  /** 'YYYY'. */
  year: string;
  months: number;
}

/** Approved or pending hours per unit path, status and month, whatever the activity type (migration 0005). */
export interface ServiceHoursUnitMonthsTable {
  unitPath: string;
  status: 'approved' | 'pending';
  month: string;
  hundredths: number;
}

/** Hours per month, activity type ('' for none) and status of everything under `scopePath` (migration 0005). */
export interface ServiceHoursScopeMonthsTable {
  scopePath: string;
  month: string;
  activityType: string;
  status: 'approved' | 'pending';
  hundredths: number;
}

/** Registered volunteers per home path and current status (migration 0005). */
export interface VolunteerCountsTable {
  homePath: string;
  status: string;
  volunteers: number;
}

/** volunteer_active_years counted per unit path, year and active-month mask (migration 0005). */
export interface VolunteerActiveMasksTable {
  unitPath: string;
  year: string;
  months: number;
  volunteers: number;
}

/**
 * Per volunteer (migration 0005): the first unit path its approved hours were rolled up under, and 1 in `several`
 * once another path has been seen — the volunteers who may count under more than one path.
 */
export interface VolunteerUnitsTable {
  volunteerId: string;
  unitPath: string;
  several: number;
}

/** Completed and no-show participations per shift, with the shift's start and its activity's organizer and type. */
export interface ShiftAttendanceTable {
  shiftId: string;
  activityId: string;
  organizationPath: string;
  activityType: string;
  startsAt: number;
  completed: number;
  noShows: number;
}

/** The rollup tables, for `db.withTables<VolunteerStatsTables>()` (a type alias: withTables wants an index signature). */
export type VolunteerStatsTables = {
  serviceHoursMonthly: ServiceHoursMonthlyTable;
  volunteerHoursMonthly: VolunteerHoursMonthlyTable;
  volunteerActiveYears: VolunteerActiveYearsTable;
  serviceHoursUnitMonths: ServiceHoursUnitMonthsTable;
  serviceHoursScopeMonths: ServiceHoursScopeMonthsTable;
  volunteerCounts: VolunteerCountsTable;
  volunteerActiveMasks: VolunteerActiveMasksTable;
  volunteerUnits: VolunteerUnitsTable;
  shiftAttendance: ShiftAttendanceTable;
};
