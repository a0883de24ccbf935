export type PeriodKind = 'thisYear' | 'lastYear' | 'custom';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The calendar days a period choice stands for, given today in Beijing: this year so far, the whole of last year,
 * or the typed range (this year so far until both ends are typed, and the ends swapped if typed the wrong way round).
 */
export function periodOf(kind: PeriodKind, today: string, from?: string, to?: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  if (kind === 'lastYear') return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  if (kind === 'custom' && from && to && DAY.test(from) && DAY.test(to)) {
    return from <= to ? { from, to } : { from: to, to: from };
  }
  return { from: `${year}-01-01`, to: today };
}

/** The period choice in an address ('this' by default). */
export function periodKindOf(value: string | null): PeriodKind {
  return value === 'lastYear' || value === 'custom' ? value : 'thisYear';
}
