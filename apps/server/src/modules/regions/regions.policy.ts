import type { Actor } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';

/**
 * Streets, communities, grids and buildings are shared reference data, not any one organization's records:
 * every signed-in user reads them, and changing them needs `regions.manage` in the acting organization.
 */
export function assertCanManageRegions(actor: Actor): void {
  if (actor.isPlatformAdmin || actor.permissions.has('regions.manage')) return;
  throw new AppError('auth.forbidden', 403);
}
