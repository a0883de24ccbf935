import type { zhVolunteerStats } from '../zh-CN/index.ts';

export const volunteerStats: zhVolunteerStats = {
  title: 'Volunteer statistics',
  subtitle: '{{name}} and its sub-organizations · {{from}} to {{to}}',
  subtitleLoading: 'Volunteers, activities, person-times and hours by organization and period',
  export: 'Export to Excel',
  stale: 'The statistics could not be updated; the last result is shown',
  nothingYet:
    'This organization and those beneath it have no volunteers or hours yet; figures appear once volunteers register and serve.',
  footnote:
    "How it counts: volunteers where they are registered, hours by the volunteer's station or team when recorded, activities and person-times by organizer. Approved hours include only approved entries; corrections and voids count once approved.",
  filters: {
    organization: 'Organization',
    thisYear: 'This year',
    lastYear: 'Last year',
    custom: 'Custom',
    from: 'From',
    to: 'To',
  },
  units: {
    people: 'people',
    hours: 'h',
    activities: 'activities',
    personTimes: 'person-times',
    fte: 'FTE',
  },
  kpi: {
    registered: 'Registered volunteers',
    active: 'Active volunteers',
    activities: 'Activities',
    personTimes: 'Person-times',
    approved: 'Approved hours',
    average: 'Hours per volunteer',
    fte: 'Full-time equivalents',
    noShowRate: 'No-show rate',
    pending: 'Hours pending',
  },
  notes: {
    registered:
      'At period end: {{active}} active, {{prospective}} prospective, {{suspended}} suspended, {{exited}} exited; {{added}} registered during the period',
    active: 'Volunteers with at least one approved service in the period',
    activities: 'Activities starting in the period, cancelled ones excluded',
    personTimes: 'Completed participations (checked in and out); one person once counts 1',
    approved: 'Approved hours with a service date in the period',
    average: 'Approved hours ÷ volunteers on the register at period end (exited excluded)',
    fte: 'Approved hours ÷ {{divisor}} h (260 working days × 8 h)',
    fteMixed: "Approved hours ÷ each federation's yearly full-time hours (2,080 h by default)",
    noShowRate: 'No-shows ÷ (no-shows + completed); {{count}} no-shows in the period',
    pending: 'Waiting for approval; not in the approved hours',
  },
  charts: {
    byMonth: 'Hours and person-times by month',
    byUnit: 'By station and team',
    byType: 'Hours by activity type',
    hours: 'Hours',
    personTimes: 'Person-times',
    direct: '{{name}} (own records)',
    noActivity: 'No activity',
    noUnits: 'No stations or teams beneath this organization',
    noHours: 'No approved hours in the period yet',
  },
};
