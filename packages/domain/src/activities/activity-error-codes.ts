/** Error codes of activities, shifts and insurance policies. */
export const ACTIVITY_ERROR_CODES = [
  'activities.not_found',
  'activities.lead_not_found',
  'activities.time_range',
  'activities.cancelled',
  'activities.co_organizer_not_found',
  'shifts.not_found',
  'shifts.time_range',
  'shifts.capacity_below_confirmed',
  'shifts.cancelled',
  'shifts.lead_volunteer_not_found',
  'insurance.not_found',
  'insurance.duplicate',
  'insurance.period',
  'insurance.not_covering',
  'insurance.already_attached',
] as const;
