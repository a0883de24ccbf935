import { ApiError } from '../../lib/api.ts';
import { VOLUNTEER_IMPORT_FILE_PROBLEMS, type VolunteerImportFileProblem } from './import-contracts.ts';

/** Why a file was refused as a whole, from a `volunteers.import_invalid_file` answer; null for any other error. */
export function fileProblemOf(
  error: unknown,
): { reason: VolunteerImportFileProblem; missingColumns: string[]; maxRows?: number } | null {
  if (!(error instanceof ApiError) || error.code !== 'volunteers.import_invalid_file') return null;
  const details = (error.details ?? {}) as { reason?: string; missingColumns?: unknown; maxRows?: unknown };
  const reason = VOLUNTEER_IMPORT_FILE_PROBLEMS.find((problem) => problem === details.reason) ?? 'not_spreadsheet';
  const missingColumns = Array.isArray(details.missingColumns)
    ? details.missingColumns.filter((column): column is string => typeof column === 'string')
    : [];
  return { reason, missingColumns, maxRows: typeof details.maxRows === 'number' ? details.maxRows : undefined };
}
