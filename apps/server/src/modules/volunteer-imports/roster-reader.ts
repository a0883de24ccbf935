import { toHalfWidth } from '@liandong/domain';
import { AppError } from '../../http/app-error.ts';
import { type CellValue, cellText } from './cell-values.ts';
import { decodeCsv, parseCsv } from './csv-rows.ts';
import {
  importHeaderOf,
  VOLUNTEER_IMPORT_COLUMNS,
  VOLUNTEER_IMPORT_MAX_ROWS,
  type VolunteerImportFileProblem,
} from './import-contracts.ts';
import { openXlsx, type SheetRow } from './xlsx-rows.ts';

/** A data row: `cells[i]` is the cell under VOLUNTEER_IMPORT_COLUMNS[i] (undefined when the file has no such column). */
export interface RosterRow {
  row: number;
  cells: CellValue[];
}

/** The template's instructions sheet, never read as data. */
export const INSTRUCTIONS_SHEET_NAME = '填写说明';
// A title or a note above the header is common in coordinators' own sheets.
const HEADER_SEARCH_ROWS = 10;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export const invalidFile = (reason: VolunteerImportFileProblem, more: Record<string, unknown> = {}) =>
  new AppError('volunteers.import_invalid_file', 400, { reason, ...more });

/** A header as compared: half-width, without spaces, a required-marking star or a note in brackets. */
const headerKey = (text: string) =>
  toHalfWidth(text)
    .replace(/\(.*\)$/, '')
    .replace(/[\s*]/g, '');

const COLUMN_BY_HEADER = new Map<string, number>(
  VOLUNTEER_IMPORT_COLUMNS.flatMap((column, index) =>
    [column.header, ...column.aliases].map((name) => [headerKey(name), index] as const),
  ),
);

/** Where each known column sits in a header row (index into the row's cells), or null when it is no header. */
function headerColumns(cells: readonly CellValue[]): number[] | null {
  const positions = VOLUNTEER_IMPORT_COLUMNS.map(() => -1);
  let found = 0;
  cells.forEach((cell, position) => {
    const index = COLUMN_BY_HEADER.get(headerKey(cellText(cell)));
    // A repeated header keeps its first column.
    if (index !== undefined && positions[index] === -1) {
      positions[index] = position;
      found++;
    }
  });
  return found >= 2 ? positions : null;
}

function assertRequiredColumns(positions: readonly number[]) {
  const missing = VOLUNTEER_IMPORT_COLUMNS.filter((column, index) => column.required && positions[index] === -1);
  if (missing.length > 0) throw invalidFile('missing_columns', { missingColumns: missing.map(importHeaderOf) });
}

/** Rows handed over per step at least: one promise per batch rather than per row. */
const BATCH_ROWS = 256;

/**
 * The data rows of a roster below its header, in file order and in batches, skipping empty rows. Refuses a file that
 * is not xlsx or CSV, an xlsx sheet or CSV without the required headers, and one with more rows than allowed, with
 * volunteers.import_invalid_file (details `{ reason, … }`). The kind is told from the bytes, not the name; the
 * name only says that something which is not a zip was meant to be a workbook.
 */
export async function* readRoster(buffer: Buffer, fileName: string): AsyncGenerator<RosterRow[]> {
  if (buffer.length === 0) throw invalidFile('empty');
  if (buffer.subarray(0, OLE2_MAGIC.length).equals(OLE2_MAGIC)) throw invalidFile('legacy_xls');
  if (buffer.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    yield* xlsxRoster(buffer);
    return;
  }
  if (/\.xls[xm]?$/i.test(fileName)) throw invalidFile('not_spreadsheet');
  const text = decodeCsv(buffer);
  if (text === null) throw invalidFile('not_spreadsheet');
  const reader = createDataRowReader();
  let row = 0;
  let batch: RosterRow[] = [];
  for (const cells of parseCsv(text)) {
    const picked = reader.take({ row: ++row, cells });
    if (picked === 'no_header') break;
    if (picked) batch.push(picked);
    if (batch.length === BATCH_ROWS) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
  reader.finish();
}

async function* xlsxRoster(buffer: Buffer): AsyncGenerator<RosterRow[]> {
  try {
    const workbook = openXlsx(buffer);
    for (const sheet of workbook.sheets) {
      if (sheet.name === INSTRUCTIONS_SHEET_NAME) continue;
      const reader = createDataRowReader();
      let batch: RosterRow[] = [];
      let noHeader = false;
      for await (const rows of workbook.rows(sheet)) {
        for (const sheetRow of rows) {
          const picked = reader.take(sheetRow);
          if (picked === 'no_header') {
            noHeader = true;
            break;
          }
          if (picked) batch.push(picked);
        }
        // A sheet without the header within its first rows is left for the next one.
        if (noHeader) break;
        if (batch.length >= BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
      if (noHeader || !reader.hasHeader()) continue;
      if (batch.length > 0) yield batch;
      reader.finish();
      return;
    }
    if (workbook.sheets.length === 0) throw invalidFile('not_spreadsheet');
  } catch (error) {
    if (error instanceof AppError) throw error;
    // A damaged zip, a zip that is no workbook, or a sheet that is not well-formed XML.
    throw invalidFile('not_spreadsheet');
  }
  throw invalidFile('missing_columns', { missingColumns: requiredHeaders() });
}

const requiredHeaders = () => VOLUNTEER_IMPORT_COLUMNS.filter((column) => column.required).map(importHeaderOf);

/**
 * Finds the header within the first rows, then picks each later row's cells into column order. `take` answers
 * the picked row, null for a row to skip (the header, rows above it, empty rows), or 'no_header' once the header
 * search gave up; `finish` refuses a file whose header was never found or that had no data rows.
 */
function createDataRowReader() {
  let positions: number[] | null = null;
  let count = 0;
  return {
    hasHeader: () => positions !== null,
    take({ row, cells }: SheetRow): RosterRow | null | 'no_header' {
      if (positions === null) {
        if (row > HEADER_SEARCH_ROWS) return 'no_header';
        positions = headerColumns(cells);
        if (positions) assertRequiredColumns(positions);
        return null;
      }
      const picked = positions.map((position) => (position === -1 ? undefined : cells[position]));
      if (picked.every((cell) => cellText(cell) === '')) return null;
      if (++count > VOLUNTEER_IMPORT_MAX_ROWS)
        throw invalidFile('too_many_rows', { maxRows: VOLUNTEER_IMPORT_MAX_ROWS });
      return { row, cells: picked };
    },
    finish() {
      if (positions === null) throw invalidFile('missing_columns', { missingColumns: requiredHeaders() });
      if (count === 0) throw invalidFile('no_rows');
    },
  };
}
