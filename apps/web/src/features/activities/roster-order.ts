import type { Participation, ParticipationState } from '@liandong/domain';

// Who needs the lead's attention first: requests to decide, then the people expected on the day, then the rest.
const RANK: Record<ParticipationState, number> = {
  requested: 0,
  confirmed: 1,
  completed: 2,
  waitlisted: 3,
  no_show: 4,
  declined: 5,
  cancelled: 6,
};

/** The roster in the order a lead works through it; the waitlist by position, everyone else by name. */
export function sortRoster(items: readonly Participation[]): Participation[] {
  return [...items].sort(
    (a, b) =>
      RANK[a.state] - RANK[b.state] ||
      (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) ||
      a.volunteerName.localeCompare(b.volunteerName, 'zh-CN'),
  );
}

/** The counts a lead glances at: how many are confirmed, here, finished, waiting for a decision or on the waitlist. */
export function rosterCounts(items: readonly Participation[]) {
  const count = (test: (p: Participation) => boolean) => items.filter(test).length;
  return {
    confirmed: count((p) => p.state === 'confirmed' || p.state === 'completed'),
    checkedIn: count((p) => p.checkedInAt !== null && (p.state === 'confirmed' || p.state === 'completed')),
    completed: count((p) => p.state === 'completed'),
    requested: count((p) => p.state === 'requested'),
    waitlisted: count((p) => p.state === 'waitlisted'),
    noShow: count((p) => p.state === 'no_show'),
  };
}
