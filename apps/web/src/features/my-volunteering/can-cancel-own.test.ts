import { expect, it } from 'vitest';
import { canCancelOwn } from './can-cancel-own.ts';

it('lets a volunteer cancel a held or asked-for place only before the start and before checking in', () => {
  const start = 1_000;
  for (const state of ['requested', 'waitlisted', 'confirmed'] as const)
    expect(canCancelOwn({ state, checkedInAt: null, startsAt: start }, 999)).toBe(true);
  expect(canCancelOwn({ state: 'confirmed', checkedInAt: null, startsAt: start }, 1_000)).toBe(false);
  expect(canCancelOwn({ state: 'confirmed', checkedInAt: 900, startsAt: start }, 950)).toBe(false);
  for (const state of ['completed', 'cancelled', 'declined', 'no_show'] as const)
    expect(canCancelOwn({ state, checkedInAt: null, startsAt: start }, 0)).toBe(false);
});
