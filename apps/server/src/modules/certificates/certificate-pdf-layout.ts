import type { CertificatePdfInput } from './certificate-pdf.ts';

// The page geometry, colours and small drawing helpers every part of the certificate shares (points on A4).

export type Doc = PDFKit.PDFDocument;
export interface Cell {
  text: string;
  width: number;
  bold?: boolean;
  fill?: string;
  align?: 'left' | 'center' | 'right';
}

export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN_X = 62;
export const TOP = 64;
export const CONTENT_W = PAGE.width - 2 * MARGIN_X;
// Rows stop here so the footer band below stays clear on every page.
export const BODY_BOTTOM = PAGE.height - 72;
export const INK = '#1f1f1f';
export const MUTED = '#595959';
export const RULE = '#8c8c8c';
export const LABEL_FILL = '#f3f3f3';
export const REVOKED_RED = '#cf1322';
export const TABLE_FONT_SIZE = 8.5;
export const PAD_X = 5;
export const PAD_Y = 4;
// A single record may not be taller than this many lines, so one row always fits on a page.
export const MAX_CELL_LINES = 8;

/** 2026-11-23 → 2026年11月23日 */
export function chineseDate(day: string) {
  const [y, m, d] = day.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** A bold heading with a bar on its left; returns the y below it. */
export function sectionHeading(doc: Doc, text: string, y: number) {
  doc.rect(MARGIN_X, y + 2, 3, 12).fill(INK);
  doc
    .font('bold')
    .fontSize(11)
    .fillColor(INK)
    .text(text, MARGIN_X + 9, y, { lineBreak: false });
  return y + 20;
}

/** The header of a continuation page (name and number); returns where its body starts. */
export function runningHeader(doc: Doc, input: CertificatePdfInput) {
  doc
    .font('regular')
    .fontSize(9)
    .fillColor(MUTED)
    .text(`志愿服务记录证明（续）　${input.volunteer.name}`, MARGIN_X, TOP - 20, {
      width: CONTENT_W * 0.55,
      height: 12,
      ellipsis: true,
    })
    .text(`证明编号：${input.number}`, MARGIN_X, TOP - 20, { width: CONTENT_W, align: 'right' });
  doc
    .lineWidth(0.5)
    .moveTo(MARGIN_X, TOP - 6)
    .lineTo(PAGE.width - MARGIN_X, TOP - 6)
    .stroke(RULE);
  return TOP + 4;
}
