import type { StarStanding } from '@liandong/domain';

export interface StarProgress {
  /** The highest level granted and not revoked; 0 without one. */
  grantedLevel: number;
  /** An award on its way (申请中 or 公示中), if any: the highest such. */
  openAward: { level: number; state: 'applied' | 'publicised'; publicisedUntil: string | null } | null;
  /** How far the approved hours are towards the next threshold, 0–100; 100 at the top level. */
  percent: number;
  /** Hundredths of an hour still needed for the next level; 0 at the top or once reached. */
  hundredthsToGo: number;
}

/**
 * What the volunteer's star card shows: the star they hold, one on its way, and the way to the next. Months still
 * lacking (a threshold's minimum months) do not show in the hours bar; the card names them separately.
 */
export function starProgressOf(standing: StarStanding): StarProgress {
  const granted = standing.awards.filter((award) => award.state === 'granted');
  const open = standing.awards
    .filter((award) => award.state === 'applied' || award.state === 'publicised')
    .sort((a, b) => b.level - a.level)[0];
  const next = standing.nextThreshold;
  const needed = next ? Math.round(next.hours * 100) : 0;
  return {
    grantedLevel: Math.max(0, ...granted.map((award) => award.level)),
    openAward: open
      ? { level: open.level, state: open.state as 'applied' | 'publicised', publicisedUntil: open.publicisedUntil }
      : null,
    percent: next ? Math.min(100, Math.floor((Math.max(0, standing.approvedHundredths) * 100) / needed)) : 100,
    hundredthsToGo: next ? Math.max(0, needed - standing.approvedHundredths) : 0,
  };
}
