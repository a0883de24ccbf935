import type { StarAward, StarStanding } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { starProgressOf } from './star-progress.ts';

const award = (level: number, state: StarAward['state'], publicisedUntil: string | null = null) =>
  ({ level, state, publicisedUntil }) as StarAward;
const standing = (over: Partial<StarStanding>): StarStanding => ({
  volunteerId: 'v',
  registryId: 'r',
  eligibleLevel: 0,
  approvedHundredths: 0,
  monthsRegistered: 0,
  nextThreshold: { level: 1, hours: 100, minMonths: 0 },
  awards: [],
  ...over,
});

describe('starProgressOf', () => {
  it('measures the way to the next threshold', () => {
    expect(starProgressOf(standing({ approvedHundredths: 2550 }))).toEqual({
      grantedLevel: 0,
      openAward: null,
      percent: 25,
      hundredthsToGo: 7450,
    });
  });

  it('counts only granted awards as held, and names the highest one on its way', () => {
    const progress = starProgressOf(
      standing({
        approvedHundredths: 31000,
        nextThreshold: { level: 3, hours: 600, minMonths: 0 },
        awards: [award(1, 'granted'), award(2, 'revoked'), award(2, 'publicised', '2026-12-01'), award(1, 'applied')],
      }),
    );
    expect(progress.grantedLevel).toBe(1);
    expect(progress.openAward).toEqual({ level: 2, state: 'publicised', publicisedUntil: '2026-12-01' });
    expect(progress.percent).toBe(51);
  });

  it('is full at the top level and never past full when months hold a level back', () => {
    expect(starProgressOf(standing({ approvedHundredths: 200000, nextThreshold: null }))).toMatchObject({
      percent: 100,
      hundredthsToGo: 0,
    });
    expect(starProgressOf(standing({ approvedHundredths: 15000 }))).toMatchObject({ percent: 100, hundredthsToGo: 0 });
  });
});
