import type { HoursEntryDetail } from '@liandong/domain';

/**
 * Whether the record can be corrected or voided now: an approved original, not voided, with no change of it still
 * waiting for a decision (the server refuses the same cases).
 */
export function changeableOriginal(detail: HoursEntryDetail): boolean {
  const [original, ...changes] = detail.chain;
  if (original?.kind !== 'original' || original.status !== 'approved') return false;
  const live = changes.filter((entry) => entry.status !== 'declined');
  return !live.some((entry) => entry.kind === 'void' || entry.status === 'pending');
}
