import type { Street, StreetCreate, StreetListQuery, StreetUpdate } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Db } from '../../db/create-db.ts';
import { AppError } from '../../http/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { pinyinKeys } from '../../lib/pinyin.ts';
import { type AuditContext, recordAudit } from '../audit/record-audit.ts';
import { duplicateName, refusingDuplicates } from './duplicate-name.ts';
import { createRegionsRepository } from './regions.repository.ts';
import { createStreetsRepository, type StreetRow } from './streets.repository.ts';

export function toStreet(row: StreetRow): Street {
  return {
    id: row.id,
    countyCode: row.countyCode,
    name: row.name,
    kind: row.kind,
    code: row.code,
    communityCount: Number(row.communityCount ?? 0),
    createdAt: row.createdAt,
  };
}

// What the audit trail keeps of a street: its own fields, not the derived search keys.
const auditable = (street: Pick<StreetRow, 'countyCode' | 'name' | 'kind' | 'code'>) => ({
  countyCode: street.countyCode,
  name: street.name,
  kind: street.kind,
  code: street.code,
});

/** Streets and communities hang beneath a county; a province or city code is refused. */
async function requireCounty(db: Db, code: string) {
  const region = await createRegionsRepository(db).findByCode(code);
  if (!region) throw new AppError('regions.not_found', 404, [{ path: 'body.countyCode' }]);
  if (region.level !== 'county') throw new AppError('regions.county_required', 400, [{ path: 'body.countyCode' }]);
}

/** Streets (街道) and towns (乡镇) beneath a county, added by users. */
export function createStreetsService({ db, clock }: AppDeps) {
  async function get(id: string): Promise<Street> {
    const row = await createStreetsRepository(db).findById(id);
    if (!row) throw new AppError('streets.not_found', 404);
    return toStreet(row);
  }

  return {
    list: async (query: StreetListQuery) => (await createStreetsRepository(db).list(query)).map(toStreet),

    async create(context: Omit<AuditContext, 'now'>, input: StreetCreate): Promise<Street> {
      const now = clock.now();
      const street = {
        id: newId(),
        countyCode: input.countyCode,
        name: input.name,
        kind: input.kind,
        code: input.code ?? null,
        ...pinyinKeys(input.name),
        createdAt: now,
        updatedAt: now,
      };
      await refusingDuplicates('streets.duplicate', () =>
        db.transaction().execute(async (trx) => {
          await requireCounty(trx, input.countyCode);
          const streets = createStreetsRepository(trx);
          if (await streets.findIdByName(input.countyCode, input.name)) throw duplicateName('streets.duplicate');
          await streets.insert(street);
          await recordAudit(
            trx,
            { ...context, now },
            { action: 'streets.create', entityType: 'street', entityId: street.id, after: auditable(street) },
          );
        }),
      );
      return get(street.id);
    },

    async update(context: Omit<AuditContext, 'now'>, id: string, input: StreetUpdate): Promise<Street> {
      const now = clock.now();
      await refusingDuplicates('streets.duplicate', () =>
        db.transaction().execute(async (trx) => {
          const streets = createStreetsRepository(trx);
          const before = await streets.findById(id);
          if (!before) throw new AppError('streets.not_found', 404);
          const after = {
            ...auditable(before),
            ...(input.name === undefined ? {} : { name: input.name }),
            ...(input.kind === undefined ? {} : { kind: input.kind }),
            ...(input.code === undefined ? {} : { code: input.code }),
          };
          if (after.name !== before.name) {
            const holder = await streets.findIdByName(before.countyCode, after.name);
            if (holder && holder.id !== id) throw duplicateName('streets.duplicate');
          }
          await streets.update(id, { ...after, ...pinyinKeys(after.name), updatedAt: now });
          await recordAudit(
            trx,
            { ...context, now },
            { action: 'streets.update', entityType: 'street', entityId: id, before: auditable(before), after },
          );
        }),
      );
      return get(id);
    },
  };
}
