import type { CertificatePdfInput } from './certificate-pdf.ts';
import {
  BODY_BOTTOM,
  type Cell,
  CONTENT_W,
  type Doc,
  INK,
  LABEL_FILL,
  MARGIN_X,
  MAX_CELL_LINES,
  PAD_X,
  PAD_Y,
  RULE,
  runningHeader,
  sectionHeading,
  TABLE_FONT_SIZE,
} from './certificate-pdf-layout.ts';

const RECORD_COLUMNS: { title: string; width: number; align: Cell['align'] }[] = [
  { title: '日期', width: 66, align: 'center' },
  { title: '活动名称', width: 118, align: 'left' },
  { title: '服务内容', width: 141.26, align: 'left' },
  { title: '时长(小时)', width: 52, align: 'center' },
  { title: '组织单位', width: 94, align: 'left' },
];

/** Height of a row of cells, each clamped to MAX_CELL_LINES lines. */
function rowHeight(doc: Doc, cells: Cell[], fontSize: number) {
  let tallest = 0;
  for (const cell of cells) {
    doc.font(cell.bold ? 'bold' : 'regular').fontSize(fontSize);
    const lineH = doc.currentLineHeight(true);
    const h = Math.min(doc.heightOfString(cell.text || ' ', { width: cell.width - 2 * PAD_X }), lineH * MAX_CELL_LINES);
    tallest = Math.max(tallest, h);
  }
  return tallest + 2 * PAD_Y;
}

/** Draws one bordered row at (MARGIN_X, y) and returns its height. */
function drawRow(doc: Doc, y: number, cells: Cell[], fontSize = TABLE_FONT_SIZE) {
  const h = rowHeight(doc, cells, fontSize);
  let x = MARGIN_X;
  for (const cell of cells) {
    if (cell.fill) doc.rect(x, y, cell.width, h).fill(cell.fill);
    doc.lineWidth(0.6).rect(x, y, cell.width, h).stroke(RULE);
    doc
      .font(cell.bold ? 'bold' : 'regular')
      .fontSize(fontSize)
      .fillColor(INK)
      .text(cell.text, x + PAD_X, y + PAD_Y, {
        width: cell.width - 2 * PAD_X,
        height: h - 2 * PAD_Y + 0.5,
        ellipsis: true,
        align: cell.align ?? 'left',
      });
    x += cell.width;
  }
  return h;
}

/** The identity and totals table under the title; returns where the next section starts. */
export function drawIdentity(doc: Doc, input: CertificatePdfInput, top: number) {
  const { volunteer: v } = input;
  const labelW = 86;
  const valueW = CONTENT_W / 2 - labelW;
  const label = (text: string, width = labelW): Cell => ({
    text,
    width,
    bold: true,
    fill: LABEL_FILL,
    align: 'center',
  });
  const value = (text: string, width = valueW): Cell => ({ text, width });
  const rows: Cell[][] = [
    [label('姓名'), value(v.name), label('性别'), value(v.gender === 'male' ? '男' : '女')],
    [label('证件类型'), value(v.idTypeLabel), label('证件号码'), value(v.idNumberMasked)],
    [label('志愿者编号'), value(v.localNo), label('全国志愿者编号'), value(v.nationalNo ?? '—')],
    [label('服务期间'), value(`${input.period.from} 至 ${input.period.to}`, CONTENT_W - labelW)],
    [label('累计服务时长'), value(`${input.totalHours} 小时`), label('服务记录'), value(`${input.entryCount} 条`)],
  ];
  let y = top;
  for (const row of rows) y += drawRow(doc, y, row, 10);
  return y + 18;
}

function drawRecordHeader(doc: Doc, y: number) {
  return drawRow(
    doc,
    y,
    RECORD_COLUMNS.map((c) => ({ text: c.title, width: c.width, bold: true, fill: LABEL_FILL, align: 'center' })),
  );
}

/** The service records, newest first, continued on further pages with a running header; returns the y below. */
export function drawRecords(doc: Doc, input: CertificatePdfInput, top: number) {
  let y = sectionHeading(doc, '服务记录明细', top);
  y += drawRecordHeader(doc, y);
  if (input.activities.length === 0) {
    return y + drawRow(doc, y, [{ text: '该期间内无志愿服务记录', width: CONTENT_W, align: 'center' }]) + 16;
  }
  for (const a of input.activities) {
    const values = [a.date, a.title, a.content, a.hours, a.organization];
    const cells = RECORD_COLUMNS.map((c, i): Cell => ({ text: values[i] ?? '', width: c.width, align: c.align }));
    if (y + rowHeight(doc, cells, TABLE_FONT_SIZE) > BODY_BOTTOM) {
      doc.addPage();
      y = runningHeader(doc, input);
      y += drawRecordHeader(doc, y);
    }
    y += drawRow(doc, y, cells);
  }
  return y + 16;
}
