import type { VolunteerImport } from './import-contracts.ts';

/** Percent of rows written so far, whole numbers, 100 only once done. */
export function percentOf(progress: Pick<VolunteerImport, 'status' | 'processedRows' | 'totalRows'>): number {
  if (progress.status === 'done') return 100;
  if (progress.totalRows <= 0) return 0;
  return Math.min(99, Math.floor((progress.processedRows * 100) / progress.totalRows));
}
