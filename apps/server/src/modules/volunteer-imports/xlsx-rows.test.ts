import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type CellValue, cellDay, cellText } from './cell-values.ts';
import { writeInventedRosterFile } from './invented-roster.ts';
import { isDateFormatCode } from './xlsx-parts.ts';
import { openXlsx, type SheetRow, SheetScanner } from './xlsx-rows.ts';

/** Every row of every sheet as [sheet name, row number, cell texts…] with trailing empty cells dropped. */
async function readOurs(file: Buffer) {
  const workbook = openXlsx(file);
  const rows: unknown[][] = [];
  for (const sheet of workbook.sheets)
    for await (const batch of workbook.rows(sheet)) for (const row of batch) rows.push(shape(sheet.name, row));
  return rows;
}

async function readWithExceljs(file: Buffer) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([file]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const rows: unknown[][] = [];
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name: string }).name;
    for await (const row of sheet)
      rows.push(shape(name, { row: row.number, cells: (row.values as CellValue[]).slice(1) }));
  }
  return rows;
}

/** A row as the import sees it: each cell's text, and its day where it is a date. */
function shape(sheet: string, { row, cells }: SheetRow) {
  const texts = Array.from(cells, (cell) => (cell instanceof Date ? `day ${cellDay(cell)}` : cellText(cell)));
  while (texts.length > 0 && texts.at(-1) === '') texts.pop();
  return [sheet, row, ...texts];
}

/** An xlsx package from its parts' XML, for the shapes of file exceljs never writes. */
function packageOf(parts: Record<string, string>, options: { store?: boolean } = {}): Buffer {
  const files = Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)]));
  return Buffer.from(zipSync(files, { level: options.store ? 0 : 6 }));
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The parts around one or more sheets: root relationships, the workbook and its relationships. */
function workbookParts(sheets: { name: string; xml: string }[], extra: { styles?: string; strings?: string } = {}) {
  const relationships = sheets.map(
    (_, index) =>
      `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
  );
  if (extra.styles) relationships.push(`<Relationship Id="rS" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>`);
  if (extra.strings)
    relationships.push(`<Relationship Id="rT" Type="${RELATIONSHIPS}/sharedStrings" Target="/xl/sharedStrings.xml"/>`);
  const parts: Record<string, string> = {
    '_rels/.rels': `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="r1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<x:workbook xmlns:x="${MAIN}" xmlns:r="${RELATIONSHIPS}"><x:sheets>${sheets
      .map((sheet, index) => `<x:sheet name="${sheet.name}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
      .join('')}</x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${relationships.join('')}</Relationships>`,
  };
  sheets.forEach((sheet, index) => {
    parts[`xl/worksheets/sheet${index + 1}.xml`] = sheet.xml;
  });
  if (extra.styles) parts['xl/styles.xml'] = extra.styles;
  if (extra.strings) parts['xl/sharedStrings.xml'] = extra.strings;
  return parts;
}

describe('openXlsx', () => {
  it('reads what exceljs writes exactly as exceljs reads it: strings, numbers, dates, formulas, rich text, gaps', async () => {
    const workbook = new ExcelJS.Workbook();
    const roster = workbook.addWorksheet('名单 & <备注>');
    roster.addRow(['姓名*', '性别*', '出生日期*', '手机号码*', '备注']);
    roster.addRow(['张三', '男', new Date(Date.UTC(1990, 2, 7)), 13800138000, 'A & B <c> "d" \'e\'']);
    roster.addRow(['  李四 ', '女', '1990/3/7', '13800138001', { richText: [{ text: '富' }, { text: '文本' }] }]);
    roster.addRow(['王五', null, 32939.5, 1.25, { formula: 'A2&"x"', result: '张三x' }]);
    roster.addRow([]);
    roster.getRow(7).getCell(8).value = true;
    roster.getRow(7).getCell(2).value = { formula: '1+1', result: 2 };
    roster.getCell('C8').value = new Date(Date.UTC(2001, 11, 31));
    roster.getCell('C8').numFmt = 'yyyy"年"m"月"d"日"';
    roster.getCell('D8').value = 45000;
    roster.getCell('D8').numFmt = '0.00';
    workbook.addWorksheet('第二页').addRow(['a', 'b', 3]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const ours = await readOurs(file);
    expect(ours).toEqual(await readWithExceljs(file));
    expect(ours[1]).toEqual(['名单 & <备注>', 2, '张三', '男', 'day 1990-03-07', '13800138000', 'A & B <c> "d" \'e\'']);
    expect(ours).toContainEqual(['名单 & <备注>', 8, '', '', 'day 2001-12-31', '45000']);
  });

  it('reads a streamed roster with shared strings as exceljs does', async () => {
    const dir = await import('node:fs/promises').then((fs) => fs.mkdtemp('/tmp/liandong-xlsx-'));
    const file = `${dir}/roster.xlsx`;
    await writeInventedRosterFile(file, 300);
    const bytes = Buffer.from(await import('node:fs/promises').then((fs) => fs.readFile(file)));
    const ours = await readOurs(bytes);
    expect(ours).toHaveLength(301);
    expect(ours).toEqual(await readWithExceljs(bytes));
  });

  it('reads prefixed elements, inline and rich text without phonetic guides, entities, CDATA and rows without numbers', async () => {
    const sheet = `<?xml version="1.0" encoding="UTF-8"?>
<!-- written by hand -->
<x:worksheet xmlns:x="${MAIN}"><x:sheetData>
  <x:row><x:c t="inlineStr"><x:is><x:t>姓名</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t xml:space="preserve"> 性别 </x:t></x:is></x:c></x:row>
  <x:row><x:c t="inlineStr"><x:is><x:r><x:t>张</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>三</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ちょう</x:t></x:rPh></x:is></x:c><x:c t="str"><x:f>"男"</x:f><x:v>&#x7537;</x:v></x:c></x:row>
  <x:row r="5" spans="1:4"><x:c r="B5" t="inlineStr"><x:is><x:t><![CDATA[a<b&c]]></x:t></x:is></x:c><x:c r="D5" t="b"><x:v>1</x:v></x:c><x:c r="E5" t="e"><x:v>#N/A</x:v></x:c><x:c r="F5" t="d"><x:v>1990-03-07T00:00:00</x:v></x:c></x:row>
  <x:row/>
  <x:row><x:c r="A7" data-note='quoted "a>b"'><x:v>&#49;&#50;</x:v></x:c></x:row>
</x:sheetData></x:worksheet>`;
    const rows = await readOurs(packageOf(workbookParts([{ name: '手写', xml: sheet }])));
    expect(rows).toEqual([
      ['手写', 1, '姓名', '性别'],
      ['手写', 2, '张三', '男'],
      ['手写', 5, '', 'a<b&c', '', 'TRUE', '', 'day 1990-03-07'],
      ['手写', 6],
      ['手写', 7, '12'],
    ]);
  });

  it('reads shared rich text and empty items, and dates by built-in and custom formats in both date systems', async () => {
    const strings = `<sst xmlns="${MAIN}" count="4"><si><t>甲</t></si><si/><si><r><t xml:space="preserve">乙 </t></r><r><t>丙</t></r><rPh><t>phonetic</t></rPh></si><si><t>&lt;丁&gt;</t></si></sst>`;
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="#,##0.00&quot;元&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="31"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`;
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row><row r="2"><c r="A2"><v>32939</v></c><c r="B2" s="1"><v>32939</v></c><c r="C2" s="2"><v>32939</v></c><c r="D2" s="3"><v>32939</v></c><c r="E2" s="4"><v>32939</v></c></row></sheetData></worksheet>`;
    const parts = workbookParts([{ name: 'S', xml: sheet }], { styles, strings });
    expect(await readOurs(packageOf(parts))).toEqual([
      ['S', 1, '甲', '', '乙 丙', '<丁>'],
      ['S', 2, '32939', 'day 1990-03-07', 'day 1990-03-07', 'day 1990-03-07', '32939'],
    ]);
    const in1904 = {
      ...parts,
      'xl/workbook.xml': parts['xl/workbook.xml']!.replace('<x:sheets>', '<x:workbookPr date1904="1"/><x:sheets>'),
    };
    expect((await readOurs(packageOf(in1904)))[1]![3]).toBe('day 1994-03-08');
  });

  it('reads stored (uncompressed) entries and keeps the workbook order of sheets', async () => {
    const sheetOf = (text: string) =>
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row></sheetData></worksheet>`;
    const parts = workbookParts([
      { name: '一', xml: sheetOf('first') },
      { name: '二', xml: sheetOf('second') },
    ]);
    expect(await readOurs(packageOf(parts, { store: true }))).toEqual([
      ['一', 1, 'first'],
      ['二', 1, 'second'],
    ]);
  });

  it('refuses what is not a whole workbook', async () => {
    const good = workbookParts([
      { name: 'S', xml: `<worksheet xmlns="${MAIN}"><sheetData><row r="1"/></sheetData></worksheet>` },
    ]);
    const file = packageOf(good);
    expect(() => openXlsx(file.subarray(0, file.length - 30))).toThrow();
    expect(() => openXlsx(Buffer.from('PK\u0003\u0004 not really a zip'))).toThrow();
    expect(() => openXlsx(packageOf({ 'word/document.xml': '<w:document/>' }))).toThrow();
    const cutShort = { ...good, 'xl/worksheets/sheet1.xml': `<worksheet><sheetData><row r="1"><c r="A1"><v>1` };
    await expect(readOurs(packageOf(cutShort))).rejects.toThrow();
    const withDoctype = { ...good, 'xl/worksheets/sheet1.xml': `<!DOCTYPE x [<!ENTITY a "b">]><worksheet/>` };
    await expect(readOurs(packageOf(withDoctype))).rejects.toThrow();
  });
});

describe('SheetScanner', () => {
  it('gives the same rows however the XML is cut into pieces', () => {
    const xml = `<?xml version="1.0"?><worksheet><sheetData><row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>张&amp;三</t></is></c><c r="C1" s="1"><v>32939</v></c></row><!-- note --><row r="2"><c r="B2" t="str"><v><![CDATA[x>y]]></v></c><c r="C2"/></row></sheetData></worksheet>`;
    const read = (pieces: string[]) => {
      const scanner = new SheetScanner(['甲'], [false, true], false);
      const rows = pieces.flatMap((piece) => scanner.feed(piece));
      scanner.assertComplete();
      return rows;
    };
    const whole = read([xml]);
    expect(whole).toEqual([
      { row: 1, cells: ['甲', '张&三', new Date(Date.UTC(1990, 2, 7))] },
      { row: 2, cells: [undefined, 'x>y'] },
    ]);
    for (let size = 1; size <= 40; size++) {
      const pieces = Array.from({ length: Math.ceil(xml.length / size) }, (_, i) =>
        xml.slice(i * size, (i + 1) * size),
      );
      expect(read(pieces), `pieces of ${size}`).toEqual(whole);
    }
  });
});

describe('isDateFormatCode', () => {
  it('tells date and time formats from number formats', () => {
    for (const code of ['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '[$-F800]dddd, mmmm dd, yyyy', 'h:mm AM/PM', 'mm:ss'])
      expect(isDateFormatCode(code), code).toBe(true);
    for (const code of ['General', '0.00', '#,##0"元"', '[Red]0.00', '@', '0.00E+00', '"yyyy"0'])
      expect(isDateFormatCode(code), code).toBe(false);
  });
});
