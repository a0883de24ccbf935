import { useSearchParams } from 'react-router';
import { useSession } from '../../lib/use-session.ts';
import { todayInShanghai } from '../activities/shanghai-time.ts';
import { type PeriodKind, periodKindOf, periodOf } from './stats-period.ts';

/** The statistics' organization (the acting one by default) and period, kept in the address. */
export function useStatsFilters() {
  const [params, setParams] = useSearchParams();
  const session = useSession().data;
  const kind = periodKindOf(params.get('period'));
  const typedFrom = params.get('from') ?? undefined;
  const typedTo = params.get('to') ?? undefined;
  const period = periodOf(kind, todayInShanghai(), typedFrom, typedTo);
  const organizationId = params.get('org') || session?.actingOrganizationId || undefined;
  const update = (next: Partial<Record<'org' | 'period' | 'from' | 'to', string | undefined>>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged, { replace: true });
  };
  return {
    organizationId,
    kind,
    period,
    typed: { from: typedFrom, to: typedTo },
    setOrganization: (id: string | undefined) => update({ org: id }),
    setKind: (next: PeriodKind) =>
      // A custom range starts from the period in view, so switching to it changes nothing until the user types.
      update(
        next === 'custom'
          ? { period: next, from: period.from, to: period.to }
          : { period: next === 'thisYear' ? undefined : next, from: undefined, to: undefined },
      ),
    setRange: (from: string | undefined, to: string | undefined) => update({ from, to }),
  };
}
