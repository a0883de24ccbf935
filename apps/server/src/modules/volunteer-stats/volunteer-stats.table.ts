/**
 * The statistics rollups (migration 0004), kept in step with the ledger and participations by triggers: never
 * written by application code. `records` counts service records: originals less voids.
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
  shiftAttendance: ShiftAttendanceTable;
};
