import { describe, expect, it } from 'vitest';
import { dayPartOf } from './greeting.ts';

describe('dayPartOf', () => {
  it('greets by the hour, switching at 5, 11, 13 and 18 o’clock', () => {
    expect([4, 5, 10, 11, 12, 13, 17, 18, 23, 0].map(dayPartOf)).toEqual([
      'evening',
      'morning',
      'morning',
      'noon',
      'noon',
      'afternoon',
      'afternoon',
      'evening',
      'evening',
      'evening',
    ]);
  });
});
