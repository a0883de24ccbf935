import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { drawIssuer } from './certificate-pdf-issuer.ts';
import {
  CONTENT_W,
  chineseDate,
  type Doc,
  INK,
  MARGIN_X,
  MUTED,
  PAGE,
  REVOKED_RED,
  TOP,
} from './certificate-pdf-layout.ts';
import { drawIdentity, drawRecords } from './certificate-pdf-table.ts';

export interface CertificatePdfInput {
  /** e.g. LD-20261123-000042 */
  number: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  volunteer: {
    name: string;
    gender: 'male' | 'female';
    idTypeLabel: string;
    idNumberMasked: string;
    localNo: string;
    nationalNo: string | null;
  };
  /** YYYY-MM-DD */
  period: { from: string; to: string };
  /** Already formatted, e.g. "126.5". */
  totalHours: string;
  entryCount: number;
  /** Newest first; 0..2000 rows. */
  activities: { date: string; title: string; content: string; hours: string; organization: string }[];
  issuer: { name: string; personInCharge: string; handler: string; contact: string | null };
  /** https://host/verify/<token> */
  verifyUrl: string;
  /** A re-download of a revoked certificate carries a clear 已撤销 mark on every page. */
  revoked?: boolean;
}

let fontsPromise: Promise<{ regular: Buffer; bold: Buffer }> | undefined;

/** The TTFs are ~10 MB each, so they are read once per process and shared by every render. */
function loadFonts() {
  if (!fontsPromise) {
    const dir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'));
    fontsPromise = Promise.all([
      readFile(join(dir, '400Regular/NotoSansSC_400Regular.ttf')),
      readFile(join(dir, '700Bold/NotoSansSC_700Bold.ttf')),
    ]).then(([regular, bold]) => ({ regular, bold }));
    fontsPromise.catch(() => {
      fontsPromise = undefined;
    });
  }
  return fontsPromise;
}

function drawTitle(doc: Doc, input: CertificatePdfInput) {
  doc
    .font('regular')
    .fontSize(9)
    .fillColor(MUTED)
    .text(`证明编号：${input.number}`, MARGIN_X, TOP - 20, {
      width: CONTENT_W,
      align: 'right',
    });
  doc.font('bold').fontSize(24).fillColor(INK);
  // characterSpacing is also added after the last glyph, so centre by measured width instead of align: 'center'.
  const spacing = 8;
  const titleW = doc.widthOfString('志愿服务记录证明', { characterSpacing: spacing }) - spacing;
  doc.text('志愿服务记录证明', (PAGE.width - titleW) / 2, TOP + 6, { characterSpacing: spacing, lineBreak: false });
  const ruleY = TOP + 50;
  doc
    .lineWidth(1.6)
    .moveTo(MARGIN_X, ruleY)
    .lineTo(PAGE.width - MARGIN_X, ruleY)
    .stroke(INK);
  doc
    .lineWidth(0.5)
    .moveTo(MARGIN_X, ruleY + 3)
    .lineTo(PAGE.width - MARGIN_X, ruleY + 3)
    .stroke(INK);
  let y = ruleY + 14;
  if (input.revoked) {
    doc.font('bold').fontSize(11);
    const h = doc.heightOfString('x') + 10;
    doc.lineWidth(1.2).rect(MARGIN_X, y, CONTENT_W, h).stroke(REVOKED_RED);
    doc
      .fillColor(REVOKED_RED)
      .text('本证明已撤销，不再具有证明效力', MARGIN_X, y + 5, { width: CONTENT_W, align: 'center' });
    y += h + 10;
  }
  const { volunteer, period } = input;
  const intro =
    `经${input.issuer.name}志愿服务记录核实，志愿者${volunteer.name}于${chineseDate(period.from)}至` +
    `${chineseDate(period.to)}期间累计参加志愿服务${input.totalHours}小时，共${input.entryCount}条服务记录。特此证明。`;
  doc.font('regular').fontSize(10.5).fillColor(INK).text(intro, MARGIN_X, y, {
    width: CONTENT_W,
    indent: 21,
    lineGap: 4,
  });
  return doc.y + 12;
}

/** Footer, frame and the revoked watermark go on last, once the page count is known. */
function finishPages(doc: Doc, input: CertificatePdfInput) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .lineWidth(1.2)
      .rect(34, 34, PAGE.width - 68, PAGE.height - 68)
      .stroke(INK);
    doc
      .lineWidth(0.4)
      .rect(38, 38, PAGE.width - 76, PAGE.height - 76)
      .stroke(INK);
    const footY = PAGE.height - 62;
    doc
      .font('regular')
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(`证明编号：${input.number}`, MARGIN_X, footY, { lineBreak: false })
      .text(`第 ${i - start + 1} 页 / 共 ${count} 页`, MARGIN_X, footY, { width: CONTENT_W, align: 'center' })
      .text(input.issuer.name, MARGIN_X + CONTENT_W * 0.62, footY, {
        width: CONTENT_W * 0.38,
        align: 'right',
        height: 12,
        ellipsis: true,
      });
    if (input.revoked) {
      doc.save();
      doc.rotate(-30, { origin: [PAGE.width / 2, PAGE.height / 2] });
      doc.font('bold').fontSize(110).fillColor(REVOKED_RED, 0.18);
      const markW = doc.widthOfString('已撤销', { characterSpacing: 20 }) - 20;
      const markY = PAGE.height / 2 - doc.currentLineHeight() / 2;
      doc.text('已撤销', (PAGE.width - markW) / 2, markY, { characterSpacing: 20, lineBreak: false });
      doc.restore();
    }
    doc.page.margins.bottom = bottom;
  }
}

/**
 * Renders the 志愿服务记录证明 as an A4 PDF. Deliberately claims no national-system status: it is issued from the
 * issuing organization's own records and verified at `verifyUrl`. The same input yields the same bytes.
 */
export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Buffer> {
  const fonts = await loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: TOP, bottom: 40, left: MARGIN_X, right: MARGIN_X },
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `志愿服务记录证明 ${input.number}`,
      Author: input.issuer.name,
      Subject: `${input.volunteer.name} 志愿服务记录证明`,
      Creator: 'Liandong',
      Producer: 'Liandong',
      // Midnight in China, where the issue date is meant; a fixed date keeps the file ID and bytes reproducible.
      CreationDate: new Date(`${input.issuedOn}T00:00:00+08:00`),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);

  let y = drawTitle(doc, input);
  y = drawIdentity(doc, input, y);
  y = drawRecords(doc, input, y);
  await drawIssuer(doc, input, y);
  finishPages(doc, input);
  doc.end();
  return done;
}
