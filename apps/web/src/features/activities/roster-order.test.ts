import type { Participation } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { rosterCounts, sortRoster } from './roster-order.ts';

const p = (name: string, state: Participation['state'], extra: Partial<Participation> = {}): Participation => ({
  id: name,
  shiftId: 's',
  activityId: 'a',
  volunteerId: `v-${name}`,
  volunteerName: name,
  volunteerLocalNo: 'V000001',
  volunteerPhoneMasked: '139****0000',
  state,
  startsAt: 0,
  endsAt: 1,
  requestedAt: 0,
  confirmedAt: null,
  checkedInAt: null,
  checkedOutAt: null,
  flags: [],
  waitlistPosition: null,
  evaluation: null,
  ...extra,
});

describe('the roster', () => {
  it('puts requests first, then the expected, the finished, the waitlist by position and the rest', () => {
    const sorted = sortRoster([
      p('丁', 'cancelled'),
      p('候2', 'waitlisted', { waitlistPosition: 2 }),
      p('乙', 'completed'),
      p('候1', 'waitlisted', { waitlistPosition: 1 }),
      p('甲', 'confirmed'),
      p('申', 'requested'),
      p('缺', 'no_show'),
    ]);
    expect(sorted.map((item) => item.volunteerName)).toEqual(['申', '甲', '乙', '候1', '候2', '缺', '丁']);
  });

  it('counts the confirmed seats, who is here and who has finished', () => {
    const counts = rosterCounts([
      p('a', 'confirmed'),
      p('b', 'confirmed', { checkedInAt: 5 }),
      p('c', 'completed', { checkedInAt: 5, checkedOutAt: 9 }),
      p('d', 'requested'),
      p('e', 'waitlisted', { waitlistPosition: 1 }),
      p('f', 'no_show'),
      p('g', 'cancelled', { checkedInAt: null }),
    ]);
    expect(counts).toEqual({ confirmed: 3, checkedIn: 2, completed: 1, requested: 1, waitlisted: 1, noShow: 1 });
  });
});
