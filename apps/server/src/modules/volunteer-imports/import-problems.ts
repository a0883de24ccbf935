import {
  VOLUNTEER_IMPORT_COLUMN_KEYS,
  VOLUNTEER_IMPORT_PROBLEMS_KEPT,
  type VolunteerImportProblem,
  type VolunteerImportProblemCode,
} from './import-contracts.ts';

// Problems held in memory before sorting; beyond it only counts grow, so a file of nothing but errors stays small.
const HELD_PROBLEMS = 50_000;

/** What a preview found: every problem counted by kind, the first ones (row order) kept in full. */
export interface ProblemReport {
  problemCount: number;
  problemCounts: Partial<Record<VolunteerImportProblemCode, number>>;
  /** Rows with at least one problem. */
  rowsWithProblems: number;
  problems: VolunteerImportProblem[];
  problemsTruncated: boolean;
}

/**
 * Collects row problems as the preview finds them. Checks across rows (the first of two duplicates, rows already
 * registered) arrive after later rows, so the kept problems are sorted by row and column at the end.
 */
export function createProblemCollector() {
  const held: VolunteerImportProblem[] = [];
  const counts: Partial<Record<VolunteerImportProblemCode, number>> = {};
  const rows = new Set<number>();
  let count = 0;
  return {
    add(problem: VolunteerImportProblem) {
      count++;
      counts[problem.code] = (counts[problem.code] ?? 0) + 1;
      rows.add(problem.row);
      if (held.length < HELD_PROBLEMS) held.push(problem);
    },
    hasProblems: (row: number) => rows.has(row),
    get count() {
      return count;
    },
    report(): ProblemReport {
      const columnOrder = (problem: VolunteerImportProblem) => VOLUNTEER_IMPORT_COLUMN_KEYS.indexOf(problem.column);
      held.sort((a, b) => a.row - b.row || columnOrder(a) - columnOrder(b));
      return {
        problemCount: count,
        problemCounts: counts,
        rowsWithProblems: rows.size,
        problems: held.slice(0, VOLUNTEER_IMPORT_PROBLEMS_KEPT),
        problemsTruncated: count > VOLUNTEER_IMPORT_PROBLEMS_KEPT,
      };
    },
  };
}
