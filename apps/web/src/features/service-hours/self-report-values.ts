import type { HoursSelfReport } from '@liandong/domain';

/** The volunteer's 申报时长 form: hours and minutes typed apart, which is easier on a phone than 193 minutes. */
export interface SelfReportValues {
  volunteerId?: string;
  serviceDate: string;
  hours?: number | null;
  minutes?: number | null;
  content: string;
  place?: string;
  leadName?: string;
}

/** The total minutes of the form's hours and minutes (0 while both are empty). */
export const totalMinutesOf = (values: Pick<SelfReportValues, 'hours' | 'minutes'>) =>
  (values.hours ?? 0) * 60 + (values.minutes ?? 0);

/** The request body for `POST /api/me/service-hours`. */
export function selfReportBodyOf(values: SelfReportValues): HoursSelfReport {
  return {
    volunteerId: values.volunteerId,
    serviceDate: values.serviceDate,
    rawMinutes: totalMinutesOf(values),
    content: values.content.trim(),
    place: values.place?.trim() || null,
    leadName: values.leadName?.trim() || null,
  };
}
