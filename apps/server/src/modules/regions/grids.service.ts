import type { Grid, GridCreate } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import { newId } from '../../lib/ids.ts';
import { type AuditContext, recordAudit } from '../audit/record-audit.ts';
import { requireCommunity } from './communities.service.ts';
import { duplicateName, refusingDuplicates } from './duplicate-name.ts';
import { createGridsRepository } from './grids.repository.ts';
import { byName } from './name-order.ts';

/** Grids (网格): the optional subdivision of a community that a grid worker looks after. */
export function createGridsService({ db, clock }: AppDeps) {
  return {
    async list(communityId: string): Promise<Grid[]> {
      await requireCommunity(db, communityId);
      return byName(await createGridsRepository(db).listForCommunity(communityId));
    },

    async create(context: Omit<AuditContext, 'now'>, communityId: string, input: GridCreate): Promise<Grid> {
      const now = clock.now();
      const grid = { id: newId(), communityId, name: input.name, createdAt: now };
      await refusingDuplicates('grids.duplicate', () =>
        db.transaction().execute(async (trx) => {
          await requireCommunity(trx, communityId);
          const grids = createGridsRepository(trx);
          if (await grids.findIdByName(communityId, input.name)) throw duplicateName('grids.duplicate');
          await grids.insert(grid);
          await recordAudit(
            trx,
            { ...context, now },
            { action: 'grids.create', entityType: 'grid', entityId: grid.id, after: { communityId, name: grid.name } },
          );
        }),
      );
      return grid;
    },
  };
}
