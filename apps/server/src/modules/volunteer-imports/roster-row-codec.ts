import { type CellValue, cellText } from './cell-values.ts';
import type { RosterRow } from './roster-reader.ts';

// Rows travel from the reading thread to the checking one as one string per batch: a flat string is the cheapest
// thing to hand between threads, and unlike arrays of cell objects it gives the garbage collector nothing to trace
// while it waits.
// Each row is a JSON array [row, ...cells]; a date becomes DATE_MARK + its milliseconds (no cell can start with
// U+0000: XML cannot hold it and CSV text with control characters is refused as binary), other objects their text.
const DATE_MARK = '\u0000';

function encodeCell(value: CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (value instanceof Date) return `${DATE_MARK}${value.getTime()}`;
  return cellText(value);
}

function decodeCell(value: string | number | null): CellValue {
  if (typeof value === 'string' && value.startsWith(DATE_MARK)) return new Date(Number(value.slice(1)));
  return value;
}

/** Rows as one string, a line each (JSON escapes line breaks inside cells). */
export function encodeRosterRows(rows: readonly RosterRow[]): string {
  return rows.map(({ row, cells }) => JSON.stringify([row, ...cells.map(encodeCell)])).join('\n');
}

export function decodeRosterRows(text: string): RosterRow[] {
  if (text === '') return [];
  return text.split('\n').map((line) => {
    const [row, ...cells] = JSON.parse(line) as [number, ...(string | number | null)[]];
    return { row, cells: cells.map(decodeCell) };
  });
}
