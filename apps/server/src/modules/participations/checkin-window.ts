import type { Db } from '../../db/create-db.ts';
import { loadRegistrySettings } from '../volunteers/registries.ts';
import type { ShiftContext } from './participations.repository.ts';

/** When check-in opens (before the start) and closes (after it): the shift's own minutes, else the registry's. */
export async function checkinWindowOf(
  db: Db,
  shift: Pick<ShiftContext, 'startsAt' | 'checkinOpensMin' | 'checkinClosesMin' | 'registryId'>,
): Promise<{ opensAt: number; closesAt: number }> {
  let opens = shift.checkinOpensMin;
  let closes = shift.checkinClosesMin;
  if (opens === null || closes === null) {
    const settings = await loadRegistrySettings(db, shift.registryId ?? '');
    opens ??= settings.checkinOpensMin;
    closes ??= settings.checkinClosesMin;
  }
  return { opensAt: shift.startsAt - opens * 60_000, closesAt: shift.startsAt + closes * 60_000 };
}
