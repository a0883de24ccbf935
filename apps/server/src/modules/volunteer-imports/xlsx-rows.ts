import type { CellValue } from './cell-values.ts';
import {
  decodeXmlText,
  GREATER_THAN,
  isNameCode,
  readDateStyles,
  readSharedStrings,
  readWorkbookParts,
  SLASH,
  type XlsxSheetPart,
} from './xlsx-parts.ts';
import { entryChunks, readZipDirectory, type ZipEntry } from './zip-entries.ts';

// Reading a roster's rows from an xlsx. exceljs's streaming reader builds a Row and a Cell object with a style for
// every cell; the import only needs each cell's value, which this reads straight off the sheet's XML as it is
// inflated, in about a third of exceljs's time (bench/import-roster.bench.ts measures both). The values are the
// ones exceljs gives: shared and inline strings, numbers, booleans, and dates for numbers in a date format.

/** One row of a sheet: the number the spreadsheet shows and its cells from column A on. */
export interface SheetRow {
  row: number;
  cells: CellValue[];
}

export interface XlsxWorkbook {
  /** The worksheets in the order of their tabs. */
  sheets: XlsxSheetPart[];
  /** A sheet's rows in order, in batches as they are inflated. Leaving the loop early stops the reading. */
  rows(sheet: XlsxSheetPart): AsyncGenerator<SheetRow[]>;
}

/** Opens an xlsx held in memory. Throws on anything that is no workbook; its `rows` throw on a damaged sheet. */
export function openXlsx(zip: Buffer): XlsxWorkbook {
  const entries = readZipDirectory(zip);
  const parts = readWorkbookParts(zip, entries);
  let strings: string[] | null = null;
  let dateStyles: boolean[] | null = null;
  return {
    sheets: parts.sheets,
    async *rows(sheet) {
      const entry = entries.get(sheet.part);
      if (!entry) throw new Error(`sheet ${sheet.part} is missing`);
      strings ??= readSharedStrings(zip, entries, parts.sharedStringsPart);
      dateStyles ??= readDateStyles(zip, entries, parts.stylesPart);
      yield* sheetRows(zip, entry, new SheetScanner(strings, dateStyles, parts.date1904));
    },
  };
}

async function* sheetRows(zip: Buffer, entry: ZipEntry, scanner: SheetScanner): AsyncGenerator<SheetRow[]> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of entryChunks(zip, entry)) {
    const rows = scanner.feed(decoder.decode(chunk, { stream: true }));
    if (rows.length > 0) yield rows;
  }
  const rows = scanner.feed(decoder.decode());
  scanner.assertComplete();
  if (rows.length > 0) yield rows;
}

enum Capture {
  None,
  Value,
  InlineText,
}

/** The elements the scanner follows; any other is Other. */
enum Tag {
  Other,
  Row,
  Cell,
  Value,
  Inline,
  Text,
  Phonetic,
}

const BANG = 0x21;
const QUESTION = 0x3f;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const EQUALS = 0x3d;
const COLON = 0x3a;
const LETTER_A = 0x41;
const LETTER_Z = 0x5a;

// Excel's day 0 is 1899-12-30 (25,569 days before 1970-01-01); in the 1904 system day 0 is 1904-01-01.
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1_462;
const DAY_MS = 86_400_000;

/**
 * Turns a sheet's XML, fed in pieces, into rows. It follows the elements the values live in: row, c (cell), v
 * (value) and is/t (inline text, without phonetic guides); everything else is passed over. A piece may end anywhere:
 * what is not yet a whole tag, or text not yet closed by one, waits for the next piece.
 */
export class SheetScanner {
  private rest = '';
  private cells: CellValue[] | null = null;
  private rowNumber = 0;
  private column = 0;
  private inCell = false;
  private cellType = '';
  private cellStyle = 0;
  private hasValue = false;
  private value = '';
  private inInline = false;
  private inPhonetic = false;
  private capture = Capture.None;
  private done: SheetRow[] = [];

  constructor(
    private readonly strings: readonly string[],
    private readonly dateStyles: readonly boolean[],
    private readonly date1904: boolean,
  ) {}

  /** Takes the next piece of XML and answers the rows it completed. */
  feed(piece: string): SheetRow[] {
    const text = this.rest === '' ? piece : this.rest + piece;
    let at = 0;
    for (;;) {
      const open = text.indexOf('<', at);
      if (open === -1) break;
      if (open > at && this.capture !== Capture.None) this.value += decodeXmlText(text.slice(at, open));
      const close = this.markupEnd(text, open);
      if (close === -1) {
        at = open;
        break;
      }
      at = close + 1;
    }
    // Text outside a value is never needed; text inside one waits until its end tag arrives.
    this.rest = this.capture === Capture.None && text.indexOf('<', at) === -1 ? '' : text.slice(at);
    const rows = this.done;
    this.done = [];
    return rows;
  }

  assertComplete() {
    if (this.rest.trim() !== '' || this.cells !== null) throw new Error('sheet XML ends inside an element');
  }

  /** Handles the markup starting at `open` and answers the index of its last character, or -1 when it is cut off. */
  private markupEnd(text: string, open: number): number {
    const next = text.charCodeAt(open + 1);
    if (next === BANG) return this.special(text, open);
    if (next === QUESTION) {
      const end = text.indexOf('?>', open + 2);
      return end === -1 ? -1 : end + 1;
    }
    const close = tagEnd(text, open + 1);
    if (close === -1) return -1;
    if (next === SLASH) {
      this.endTag(tagOf(text, open + 2, close));
      return close;
    }
    let nameEnd = open + 1;
    while (nameEnd < close && isNameCode(text.charCodeAt(nameEnd))) nameEnd++;
    const selfClosing = text.charCodeAt(close - 1) === SLASH;
    this.startTag(tagOf(text, open + 1, nameEnd), text, nameEnd, selfClosing ? close - 1 : close, selfClosing);
    return close;
  }

  /** A comment or a CDATA section (its text kept when inside a value); a document type is refused. */
  private special(text: string, open: number): number {
    if (text.startsWith('<!--', open)) {
      const end = text.indexOf('-->', open + 4);
      return end === -1 ? -1 : end + 2;
    }
    if (text.startsWith('<![CDATA[', open)) {
      const end = text.indexOf(']]>', open + 9);
      if (end === -1) return -1;
      if (this.capture !== Capture.None) this.value += text.slice(open + 9, end);
      return end + 2;
    }
    if (text.length - open < 9) return -1;
    throw new Error('unexpected markup in a sheet');
  }

  private startTag(tag: Tag, text: string, from: number, to: number, selfClosing: boolean) {
    switch (tag) {
      case Tag.Row: {
        const number = Number.parseInt(attribute(text, from, to, 'r') ?? '', 10);
        // Rows written without a number (as a few generators do) follow the one before.
        this.rowNumber = number > 0 ? number : this.rowNumber + 1;
        this.cells = [];
        this.column = 0;
        if (selfClosing) this.endRow();
        return;
      }
      case Tag.Cell: {
        if (this.cells === null) return;
        const reference = attribute(text, from, to, 'r');
        this.column = reference ? columnOf(reference) : this.column + 1;
        this.cellType = attribute(text, from, to, 't') ?? 'n';
        this.cellStyle = Number(attribute(text, from, to, 's') ?? 0);
        this.inCell = true;
        this.hasValue = false;
        this.value = '';
        if (selfClosing) this.endCell();
        return;
      }
      case Tag.Value:
        if (!this.inCell || this.inInline) return;
        this.hasValue = true;
        this.value = '';
        if (!selfClosing) this.capture = Capture.Value;
        return;
      case Tag.Inline:
        if (this.inCell && !selfClosing) {
          this.inInline = true;
          this.hasValue = true;
          this.value = '';
        }
        return;
      case Tag.Phonetic:
        if (this.inInline && !selfClosing) this.inPhonetic = true;
        return;
      case Tag.Text:
        if (this.inInline && !this.inPhonetic && !selfClosing) this.capture = Capture.InlineText;
        return;
    }
  }

  private endTag(tag: Tag) {
    switch (tag) {
      case Tag.Value:
      case Tag.Text:
        this.capture = Capture.None;
        return;
      case Tag.Phonetic:
        this.inPhonetic = false;
        return;
      case Tag.Inline:
        this.inInline = false;
        return;
      case Tag.Cell:
        if (this.inCell) this.endCell();
        return;
      case Tag.Row:
        if (this.cells !== null) this.endRow();
        return;
    }
  }

  private endCell() {
    this.inCell = false;
    this.inInline = false;
    this.capture = Capture.None;
    if (!this.hasValue || this.column < 1) return;
    const value = this.cellValue();
    if (value !== undefined) this.cells![this.column - 1] = value;
  }

  /** A cell's value as exceljs gives it; an error value (#N/A and the like) reads as empty. */
  private cellValue(): CellValue {
    const text = this.value;
    switch (this.cellType) {
      case 's':
        return this.strings[Number.parseInt(text, 10)];
      case 'str':
      case 'inlineStr':
        return text;
      case 'b':
        return text.trim() === '1' || text.trim() === 'true';
      case 'e':
        return null;
      case 'd':
        return isoDate(text);
      default: {
        if (text.trim() === '') return null;
        const number = Number(text);
        if (Number.isNaN(number)) return text;
        if (!this.dateStyles[this.cellStyle]) return number;
        const days = number - UNIX_EPOCH_SERIAL + (this.date1904 ? DAYS_1900_TO_1904 : 0);
        return new Date(Math.round(days * DAY_MS));
      }
    }
  }

  private endRow() {
    this.done.push({ row: this.rowNumber, cells: this.cells! });
    this.cells = null;
    this.inCell = false;
  }
}

/** The `>` that ends a tag whose name starts at `from`, skipping quoted attribute values; -1 when cut off. */
function tagEnd(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === GREATER_THAN) return at;
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      at = text.indexOf(code === DOUBLE_QUOTE ? '"' : "'", at + 1);
      if (at === -1) return -1;
    }
  }
  return -1;
}

/**
 * Which followed element the name starting at `from` (and ending before `to` at the latest) is, whatever its prefix
 * (`x:row` is a row). Compared by character codes: no string per tag.
 */
function tagOf(text: string, from: number, to: number): Tag {
  let end = from;
  let start = from;
  for (; end < to; end++) {
    const code = text.charCodeAt(end);
    if (!isNameCode(code)) break;
    if (code === COLON) start = end + 1;
  }
  const first = text.charCodeAt(start);
  switch (end - start) {
    case 1:
      return first === 0x63 ? Tag.Cell : first === 0x76 ? Tag.Value : first === 0x74 ? Tag.Text : Tag.Other;
    case 2:
      return first === 0x69 && text.charCodeAt(start + 1) === 0x73 ? Tag.Inline : Tag.Other;
    case 3:
      if (text.startsWith('row', start)) return Tag.Row;
      return text.startsWith('rPh', start) ? Tag.Phonetic : Tag.Other;
    default:
      return Tag.Other;
  }
}

/** The value of an unprefixed attribute within a start tag's span, decoded; undefined when it has none. */
function attribute(text: string, from: number, to: number, name: string): string | undefined {
  let at = from;
  while (at < to) {
    while (at < to && !isNameCode(text.charCodeAt(at))) at++;
    const nameStart = at;
    while (at < to && text.charCodeAt(at) !== EQUALS && isNameCode(text.charCodeAt(at))) at++;
    const nameEnd = at;
    while (at < to && text.charCodeAt(at) !== EQUALS) at++;
    at++;
    while (at < to && text.charCodeAt(at) !== DOUBLE_QUOTE && text.charCodeAt(at) !== SINGLE_QUOTE) at++;
    if (at >= to) return undefined;
    const quote = text.charCodeAt(at);
    const valueEnd = text.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", at + 1);
    if (valueEnd === -1 || valueEnd > to) return undefined;
    if (nameEnd - nameStart === name.length && text.startsWith(name, nameStart))
      return decodeXmlText(text.slice(at + 1, valueEnd));
    at = valueEnd + 1;
  }
  return undefined;
}

/** The column number (A = 1) of a cell reference such as AB12. */
function columnOf(reference: string): number {
  let column = 0;
  for (let at = 0; at < reference.length; at++) {
    const code = reference.charCodeAt(at);
    if (code < LETTER_A || code > LETTER_Z) break;
    column = column * 26 + (code - LETTER_A + 1);
  }
  return column;
}

/** An ISO 8601 date of a `t="d"` cell; one without a zone is read as UTC, as exceljs reads dates. */
function isoDate(text: string): CellValue {
  const trimmed = text.trim();
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/.test(trimmed) || !trimmed.includes('T') ? trimmed : `${trimmed}Z`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? trimmed : date;
}
