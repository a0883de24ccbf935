import { describe, expect, it } from 'vitest';
import { defaultPeriod, periodProblem } from './period-values.ts';

describe('certificate period', () => {
  it('defaults to this year so far', () => {
    expect(defaultPeriod('2026-11-23')).toEqual({ periodFrom: '2026-01-01', periodTo: '2026-11-23' });
  });

  it('refuses a period that ends in the future or before it starts', () => {
    expect(periodProblem('2026-01-01', '2026-11-24', '2026-11-23')).toBe('periodFuture');
    expect(periodProblem('2026-11-02', '2026-11-01', '2026-11-23')).toBe('periodOrder');
    expect(periodProblem('2026-11-01', '2026-11-01', '2026-11-23')).toBeNull();
    expect(periodProblem(undefined, '2026-11-01', '2026-11-23')).toBeNull();
  });
});
