import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue } from './cell-values.ts';

/** One row of a sheet: the number the spreadsheet shows and its cells from column A on. */
export interface SheetRow {
  row: number;
  cells: CellValue[];
}

export interface XlsxSheet {
  name: string;
  rows: AsyncIterable<ExcelJS.Row>;
}

/**
 * The worksheets of an xlsx file in the order they are stored, read as a stream (exceljs WorkbookReader), so a
 * 100,000-row roster never sits in memory as a workbook. Consume each sheet's rows before asking for the next sheet.
 * Call `close` when done early: it stops the unzipping of whatever is left.
 */
export function readXlsxSheets(buffer: Buffer): { sheets: AsyncIterable<XlsxSheet>; close: () => void } {
  const input = Readable.from([buffer]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    // Styles tell which numbers are dates.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  async function* sheets(): AsyncGenerator<XlsxSheet> {
    for await (const worksheet of reader) {
      // The typings leave out the sheet's name, which the reader takes from workbook.xml.
      const name = (worksheet as unknown as { name?: unknown }).name;
      yield { name: typeof name === 'string' ? name : '', rows: worksheet };
    }
  }
  return { sheets: sheets(), close: () => input.destroy() };
}

/**
 * A row as read: its number (rows written without an `r` attribute, as a few generators do, follow `previous`)
 * and its cells from column A on (exceljs puts column A at index 1).
 */
export function sheetRowOf(row: ExcelJS.Row, previous: number): SheetRow {
  const number = Number.isFinite(row.number) && row.number > 0 ? row.number : previous + 1;
  const values = row.values as CellValue[];
  return { row: number, cells: Array.isArray(values) ? values.slice(1) : [] };
}
