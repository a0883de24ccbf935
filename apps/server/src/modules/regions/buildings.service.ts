import type { Building, BuildingCreate } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../http/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { type AuditContext, recordAudit } from '../audit/record-audit.ts';
import { createBuildingsRepository } from './buildings.repository.ts';
import { requireCommunity } from './communities.service.ts';
import { duplicateName, refusingDuplicates } from './duplicate-name.ts';
import { createGridsRepository } from './grids.repository.ts';
import { byName } from './name-order.ts';

/** Buildings (楼栋) of a community, optionally within one of its grids; building captains look after them. */
export function createBuildingsService({ db, clock }: AppDeps) {
  return {
    async list(communityId: string): Promise<Building[]> {
      await requireCommunity(db, communityId);
      return byName(await createBuildingsRepository(db).listForCommunity(communityId));
    },

    async create(context: Omit<AuditContext, 'now'>, communityId: string, input: BuildingCreate): Promise<Building> {
      const now = clock.now();
      const building = { id: newId(), communityId, gridId: input.gridId ?? null, name: input.name, createdAt: now };
      await refusingDuplicates('buildings.duplicate', () =>
        db.transaction().execute(async (trx) => {
          await requireCommunity(trx, communityId);
          // A grid of another community is as good as absent here.
          if (building.gridId && !(await createGridsRepository(trx).findInCommunity(communityId, building.gridId)))
            throw new AppError('grids.not_found', 404, [{ path: 'body.gridId' }]);
          const buildings = createBuildingsRepository(trx);
          if (await buildings.findIdByName(communityId, input.name)) throw duplicateName('buildings.duplicate');
          await buildings.insert(building);
          await recordAudit(
            trx,
            { ...context, now },
            {
              action: 'buildings.create',
              entityType: 'building',
              entityId: building.id,
              after: { communityId, gridId: building.gridId, name: building.name },
            },
          );
        }),
      );
      return building;
    },
  };
}
