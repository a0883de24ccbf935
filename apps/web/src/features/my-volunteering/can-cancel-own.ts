import type { Participation, ParticipationState } from '@liandong/domain';

const CANCELLABLE: readonly ParticipationState[] = ['requested', 'waitlisted', 'confirmed'];

/**
 * Whether the volunteer may still give up the place themselves: it is held or asked for, not checked in, and the
 * shift has not started (after that only a coordinator can, as the server rules).
 */
export const canCancelOwn = (p: Pick<Participation, 'state' | 'checkedInAt' | 'startsAt'>, now: number) =>
  CANCELLABLE.includes(p.state) && p.checkedInAt === null && now < p.startsAt;
