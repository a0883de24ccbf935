/** The default period of a certificate: from 1 January of this year (in Beijing) to today. */
export function defaultPeriod(today: string): { periodFrom: string; periodTo: string } {
  return { periodFrom: `${today.slice(0, 4)}-01-01`, periodTo: today };
}

/** Why a period cannot be asked for, as a locale key under certificates.form; null when it is fine. */
export function periodProblem(from: string | undefined, to: string | undefined, today: string): string | null {
  if (!from || !to) return null;
  if (to > today) return 'periodFuture';
  if (from > to) return 'periodOrder';
  return null;
}
