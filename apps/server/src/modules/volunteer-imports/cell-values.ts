import { parseCalendarDate } from '@liandong/domain';

/** A cell as a reader hands it over: CSV gives text; exceljs gives text, numbers, dates, booleans or objects. */
export type CellValue = string | number | boolean | Date | null | undefined | { [key: string]: unknown };

/** The text of a cell, trimmed: rich text joined, a formula's result, a hyperlink's text; '' for empty and errors. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dayOfExcelDate(value);
  if (Array.isArray(value.richText))
    return value.richText
      .map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : ''))
      .join('')
      .trim();
  if ('result' in value) return cellText(value.result as CellValue);
  if (typeof value.text === 'string') return value.text.trim();
  return '';
}

/**
 * Whether Excel stored an identity number as a number too long to keep every digit (a double holds 15–16
 * significant digits): an 18-digit 居民身份证 typed into a General cell has lost its last digits for good.
 */
export function isNumberBeyondPrecision(value: CellValue): boolean {
  return typeof value === 'number' && Math.abs(value) >= 1e15;
}

// Excel day 1 is 1900-01-01 and it counts a 29 February 1900 that never was, so serials from 61 on are one day high.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const LAST_EXCEL_SERIAL = 2_958_465; // 9999-12-31

const DAY_PATTERN = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT_DAY_PATTERN = /^(\d{4})(\d{2})(\d{2})$/;
// Dates exported to CSV often carry a midnight time; it says nothing about the day.
const TRAILING_TIME = /[\sT]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * A cell read as a calendar day 'YYYY-MM-DD', or null when it is no real day. Accepts Excel dates (exceljs gives
 * them as UTC midnights), Excel serial numbers, 19900307 as a number or text, and text such as 1990-03-07,
 * 1990/3/7, 1990.3.7 or 1990年3月7日, with or without a time of day.
 */
export function cellDay(value: CellValue): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dayOfExcelDate(value);
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return cellDay(Math.floor(value));
    if (value >= 1 && value <= LAST_EXCEL_SERIAL && !(value >= 10_000_000 && value <= 99_999_999))
      return dayOfExcelDate(new Date(EXCEL_EPOCH_MS + value * DAY_MS));
    return dayOfParts(COMPACT_DAY_PATTERN.exec(String(value)));
  }
  const text = cellText(value).replace(TRAILING_TIME, '');
  return dayOfParts(DAY_PATTERN.exec(text) ?? COMPACT_DAY_PATTERN.exec(text));
}

function dayOfParts(match: RegExpExecArray | null): string | null {
  if (!match) return null;
  const day = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return parseCalendarDate(day) ? day : null;
}

// exceljs turns a date cell into the UTC instant of its midnight; the day is read back in UTC, whatever the server's zone.
function dayOfExcelDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A number as it was typed: integers without exponent or grouping (a phone number stored as a number stays whole). */
function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString();
  return String(value);
}
