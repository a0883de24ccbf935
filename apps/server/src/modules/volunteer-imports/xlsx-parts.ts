// The small parts of an xlsx that say how to read its sheets: which sheets there are and where, the shared strings,
// which cell styles are dates and the 1904 date system. Each is read whole with regular expressions over its XML:
// they are a few KB, but for the shared strings, which get a loop of their own.
import { entryBytes, partKey, type ZipEntry } from './zip-entries.ts';

export interface XlsxSheetPart {
  name: string;
  /** The sheet's part name, lower-cased (see zip-entries.ts). */
  part: string;
}

export interface XlsxWorkbookParts {
  /** In the order of the workbook's tabs. */
  sheets: XlsxSheetPart[];
  sharedStringsPart: string | null;
  stylesPart: string | null;
  date1904: boolean;
}

const RELATIONSHIP_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_RELATIONSHIP_TYPE = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with its character references and the five predefined entities replaced. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, named?: string) => {
    if (named) return NAMED_ENTITIES[named]!;
    const code = decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export const GREATER_THAN = 0x3e;
export const SLASH = 0x2f;

/** Whether a character can continue an element's name: anything but `>`, `/` and white space. */
export const isNameCode = (code: number) =>
  code !== GREATER_THAN && code !== SLASH && code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;

const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag by local name (a prefix such as `r:` dropped), values decoded. */
function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE)) {
    const name = match[1]!;
    attributes.set(name.slice(name.indexOf(':') + 1), decodeXmlText(match[2] ?? match[3]!));
  }
  return attributes;
}

/** The start tags of every element with this local name, whatever its prefix, as attribute maps. */
function elementsNamed(xml: string, localName: string): Map<string, string>[] {
  const tag = new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'g');
  return [...xml.matchAll(tag)].map((match) => attributesOf(match[1]!));
}

/** A part's text: UTF-8 unless a byte order mark says UTF-16. */
function partText(zip: Buffer, entries: Map<string, ZipEntry>, part: string): string | null {
  const entry = entries.get(part);
  if (!entry) return null;
  const bytes = entryBytes(zip, entry);
  return new TextDecoder(bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : 'utf-8').decode(bytes);
}

/** Where the relationships of a part live: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name: relative to the source part's folder unless it starts at the root. */
function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return partKey(target);
  const folders = sourcePart.split('/').slice(0, -1);
  for (const step of target.split('/')) {
    if (step === '..') folders.pop();
    else if (step !== '.' && step !== '') folders.push(step);
  }
  return partKey(folders.join('/'));
}

/** The relationships of a part as id → { type (its last segment), part }. */
function relationshipsOf(zip: Buffer, entries: Map<string, ZipEntry>, sourcePart: string) {
  const xml = partText(zip, entries, relationshipsPartOf(sourcePart)) ?? '';
  const relationships = new Map<string, { type: string; part: string }>();
  for (const attributes of elementsNamed(xml, 'Relationship')) {
    const id = attributes.get('Id');
    const target = attributes.get('Target');
    if (!id || !target || attributes.get('TargetMode') === 'External') continue;
    const type = (attributes.get('Type') ?? '').replace(RELATIONSHIP_TYPE, '').replace(STRICT_RELATIONSHIP_TYPE, '');
    relationships.set(id, { type, part: resolveTarget(sourcePart, target) });
  }
  return relationships;
}

/** Reads the package's workbook part and its relationships. Throws when there is no workbook. */
export function readWorkbookParts(zip: Buffer, entries: Map<string, ZipEntry>): XlsxWorkbookParts {
  const office = [...relationshipsOf(zip, entries, '').values()].find((r) => r.type === 'officeDocument');
  const workbookPart = office?.part ?? 'xl/workbook.xml';
  const xml = partText(zip, entries, workbookPart);
  if (xml === null) throw new Error('no workbook part');
  const relationships = relationshipsOf(zip, entries, workbookPart);
  const partOfType = (type: string) => [...relationships.values()].find((r) => r.type === type)?.part ?? null;
  const sheets = elementsNamed(xml, 'sheet').flatMap((attributes) => {
    const relationship = relationships.get(attributes.get('id') ?? '');
    return relationship?.type === 'worksheet' ? [{ name: attributes.get('name') ?? '', part: relationship.part }] : [];
  });
  const date1904 = elementsNamed(xml, 'workbookPr').some((a) => ['1', 'true'].includes(a.get('date1904') ?? ''));
  return { sheets, sharedStringsPart: partOfType('sharedStrings'), stylesPart: partOfType('styles'), date1904 };
}

// Built-in number formats that show dates or times: 14–22 and 45–47 everywhere, 27–36 and 50–58 in the East Asian
// locales (年月日 formats in a Chinese Excel).
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Whether a format code shows a date or a time: a y, m, d, h or s outside quoted text, [colours] and [$-locales]. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[ymdhs]/i.test(bare);
}

/** For each cell style (the `s` of a cell), whether its number format is a date or a time. */
export function readDateStyles(zip: Buffer, entries: Map<string, ZipEntry>, part: string | null): boolean[] {
  const xml = part ? partText(zip, entries, part) : null;
  if (xml === null) return [];
  const dateCodes = new Set(
    elementsNamed(xml, 'numFmt')
      .filter((attributes) => isDateFormatCode(attributes.get('formatCode') ?? ''))
      .map((attributes) => Number(attributes.get('numFmtId'))),
  );
  const cellXfs = /<(?:[\w.-]+:)?cellXfs[\s>][\s\S]*?<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[0] ?? '';
  return elementsNamed(cellXfs, 'xf').map((attributes) => {
    const id = Number(attributes.get('numFmtId') ?? 0);
    return BUILT_IN_DATE_FORMATS.has(id) || dateCodes.has(id);
  });
}

const TEXT_RUN = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([^<]*)<\/(?:[\w.-]+:)?t>)/g;
const PHONETIC = /<(?:[\w.-]+:)?rPh[\s>][\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;

/**
 * The shared strings in order, rich text joined into plain text and phonetic guides (rPh) left out. The common
 * `<si><t>…</t></si>` is taken with indexOf; anything else goes through the text-run expression.
 */
export function readSharedStrings(zip: Buffer, entries: Map<string, ZipEntry>, part: string | null): string[] {
  const xml = part ? partText(zip, entries, part) : null;
  if (xml === null) return [];
  const prefix = /<([\w.-]+:)?sst[\s>]/.exec(xml)?.[1] ?? '';
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  const strings: string[] = [];
  for (let at = xml.indexOf(open); at !== -1; at = xml.indexOf(open, at)) {
    const next = xml.charCodeAt(at + open.length);
    // `<sst` starts with `<s`, so only `<si>`, `<si/>` or `<si …>` are items.
    if (isNameCode(next)) {
      at += open.length;
      continue;
    }
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd === -1) throw new Error('shared string not closed');
    if (xml.charCodeAt(tagEnd - 1) === SLASH) {
      strings.push('');
      at = tagEnd + 1;
      continue;
    }
    const end = xml.indexOf(close, tagEnd);
    if (end === -1) throw new Error('shared string not closed');
    strings.push(decodeXmlText(plainTextOf(xml.slice(tagEnd + 1, end), prefix)));
    at = end + close.length;
  }
  return strings;
}

/** The text of one shared string: its one `<t>` as is, else every text run but the phonetic ones. */
function plainTextOf(item: string, prefix: string): string {
  const simpleOpen = `<${prefix}t>`;
  const simpleClose = `</${prefix}t>`;
  if (
    item.startsWith(simpleOpen) &&
    item.endsWith(simpleClose) &&
    item.indexOf('<', simpleOpen.length) === item.length - simpleClose.length
  )
    return item.slice(simpleOpen.length, -simpleClose.length);
  let text = '';
  for (const match of item.replace(PHONETIC, '').matchAll(TEXT_RUN)) text += match[1] ?? '';
  return text;
}
