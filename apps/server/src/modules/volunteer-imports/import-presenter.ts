import type {
  VolunteerImport,
  VolunteerImportProblem,
  VolunteerImportProblemCode,
  VolunteerImportSampleRow,
  VolunteerImportSummary,
} from './import-contracts.ts';
import type { VolunteerImportDetailRow } from './volunteer-imports.repository.ts';

/**
 * What the preview found, kept in the import's `problems` column as one JSON object: the counts by kind, the first
 * problems in row order, and a few valid rows (masked) to show before committing.
 */
export interface StoredPreview {
  validRows: number;
  problemCount: number;
  problemCounts: Partial<Record<VolunteerImportProblemCode, number>>;
  problems: VolunteerImportProblem[];
  problemsTruncated: boolean;
  sample: VolunteerImportSampleRow[];
}

/** Reads the column; the table's default (a bare `[]` problem list) reads as a preview that found nothing. */
export function parseStoredPreview(json: string, totalRows: number): StoredPreview {
  const value = JSON.parse(json) as StoredPreview | VolunteerImportProblem[];
  if (!Array.isArray(value)) return value;
  const problemCounts: StoredPreview['problemCounts'] = {};
  for (const problem of value) problemCounts[problem.code] = (problemCounts[problem.code] ?? 0) + 1;
  const rows = new Set(value.map((problem) => problem.row)).size;
  return {
    validRows: totalRows - rows,
    problemCount: value.length,
    problemCounts,
    problems: value,
    problemsTruncated: false,
    sample: [],
  };
}

/** An import for lists; `processedRows` is the running commit's progress when one is under way in this process. */
export function presentImportSummary(row: VolunteerImportDetailRow, processedRows?: number): VolunteerImportSummary {
  const preview = parseStoredPreview(row.problems, row.totalRows);
  return {
    id: row.id,
    organization: { id: row.organizationId, name: row.organizationName },
    registry: { id: row.registryId, name: row.registryName },
    fileName: row.fileName,
    status: row.status,
    totalRows: row.totalRows,
    validRows: preview.validRows,
    processedRows: processedRows ?? row.processedRows,
    importedRows: row.importedRows,
    problemCount: preview.problemCount,
    problemCounts: preview.problemCounts,
    errorCode: row.errorCode,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

export function presentImport(row: VolunteerImportDetailRow, processedRows?: number): VolunteerImport {
  const preview = parseStoredPreview(row.problems, row.totalRows);
  return {
    ...presentImportSummary(row, processedRows),
    problems: preview.problems,
    problemsTruncated: preview.problemsTruncated,
    sample: preview.sample,
  };
}
