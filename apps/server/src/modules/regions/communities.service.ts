import type { Community, CommunityCreate, CommunityListQuery, CommunityUpdate } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Db } from '../../db/create-db.ts';
import { AppError } from '../../http/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { pinyinKeys } from '../../lib/pinyin.ts';
import { type AuditContext, recordAudit } from '../audit/record-audit.ts';
import { type CommunityRow, createCommunitiesRepository } from './communities.repository.ts';
import { duplicateName, refusingDuplicates } from './duplicate-name.ts';
import { createStreetsRepository } from './streets.repository.ts';

export function toCommunity(row: CommunityRow): Community {
  return {
    id: row.id,
    streetId: row.streetId,
    streetName: row.streetName,
    countyCode: row.countyCode,
    name: row.name,
    type: row.type,
    code: row.code,
    description: row.description,
    gridCount: Number(row.gridCount ?? 0),
    buildingCount: Number(row.buildingCount ?? 0),
    createdAt: row.createdAt,
  };
}

type AuditableCommunity = Pick<CommunityRow, 'streetId' | 'countyCode' | 'name' | 'type' | 'code' | 'description'>;

// What the audit trail keeps of a community: its own fields, not the derived search keys or counts.
const auditable = (community: AuditableCommunity) => ({
  streetId: community.streetId,
  countyCode: community.countyCode,
  name: community.name,
  type: community.type,
  code: community.code,
  description: community.description,
});

/** The community, or 404: grids and buildings are reached through it. */
export async function requireCommunity(db: Db, id: string): Promise<CommunityRow> {
  const row = await createCommunitiesRepository(db).findById(id);
  if (!row) throw new AppError('communities.not_found', 404);
  return row;
}

/** Communities (社区) and villages (村) beneath a street; each carries its street's county for filtering. */
export function createCommunitiesService({ db, clock }: AppDeps) {
  const get = async (id: string) => toCommunity(await requireCommunity(db, id));

  return {
    get,

    async list({ page, pageSize, ...filters }: CommunityListQuery) {
      const { rows, total } = await createCommunitiesRepository(db).list(filters, { page, pageSize });
      return { items: rows.map(toCommunity), total, page, pageSize };
    },

    async create(context: Omit<AuditContext, 'now'>, input: CommunityCreate): Promise<Community> {
      const now = clock.now();
      const id = newId();
      await refusingDuplicates('communities.duplicate', () =>
        db.transaction().execute(async (trx) => {
          const street = await createStreetsRepository(trx).findById(input.streetId);
          if (!street) throw new AppError('streets.not_found', 404, [{ path: 'body.streetId' }]);
          const communities = createCommunitiesRepository(trx);
          if (await communities.findIdByName(street.id, input.name)) throw duplicateName('communities.duplicate');
          const community = {
            streetId: street.id,
            countyCode: street.countyCode,
            name: input.name,
            type: input.type,
            code: input.code ?? null,
            description: input.description ?? null,
          };
          await communities.insert({ id, ...community, ...pinyinKeys(input.name), createdAt: now, updatedAt: now });
          await recordAudit(
            trx,
            { ...context, now },
            { action: 'communities.create', entityType: 'community', entityId: id, after: community },
          );
        }),
      );
      return get(id);
    },

    async update(context: Omit<AuditContext, 'now'>, id: string, input: CommunityUpdate): Promise<Community> {
      const now = clock.now();
      await refusingDuplicates('communities.duplicate', () =>
        db.transaction().execute(async (trx) => {
          const before = await requireCommunity(trx, id);
          const after = auditable(before);
          if (input.name !== undefined) after.name = input.name;
          if (input.type !== undefined) after.type = input.type;
          if (input.code !== undefined) after.code = input.code;
          if (input.description !== undefined) after.description = input.description;
          const communities = createCommunitiesRepository(trx);
          if (after.name !== before.name) {
            const holder = await communities.findIdByName(before.streetId, after.name);
            if (holder && holder.id !== id) throw duplicateName('communities.duplicate');
          }
          await communities.update(id, { ...after, ...pinyinKeys(after.name), updatedAt: now });
          await recordAudit(
            trx,
            { ...context, now },
            { action: 'communities.update', entityType: 'community', entityId: id, before: auditable(before), after },
          );
        }),
      );
      return get(id);
    },
  };
}
