import type { RegionDetail, RegionSearchQuery } from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../http/app-error.ts';
import { createRegionsRepository } from './regions.repository.ts';

/** Administrative divisions down to county level (GB/T 2260). */
export function createRegionsService({ db }: Pick<AppDeps, 'db'>) {
  const regions = createRegionsRepository(db);
  return {
    search: (query: RegionSearchQuery) => regions.search(query),

    async get(code: string): Promise<RegionDetail> {
      const region = await regions.findByCode(code);
      if (!region) throw new AppError('regions.not_found', 404);
      return { ...region, children: await regions.listChildren(code) };
    },
  };
}
