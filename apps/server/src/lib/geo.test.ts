import { describe, expect, it } from 'vitest';
import { distanceMetres } from './geo.ts';

describe('distanceMetres', () => {
  it('is zero for the same point and symmetric', () => {
    const wenling = { latitude: 28.3724, longitude: 121.3859 };
    expect(distanceMetres(wenling, wenling)).toBe(0);
    const taizhou = { latitude: 28.6564, longitude: 121.4208 };
    expect(distanceMetres(wenling, taizhou)).toBeCloseTo(distanceMetres(taizhou, wenling), 6);
  });

  it('measures one degree of latitude as about 111 km', () => {
    expect(distanceMetres({ latitude: 30, longitude: 120 }, { latitude: 31, longitude: 120 })).toBeGreaterThan(111_000);
    expect(distanceMetres({ latitude: 30, longitude: 120 }, { latitude: 31, longitude: 120 })).toBeLessThan(111_400);
  });
});
