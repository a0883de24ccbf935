import QRCode from 'qrcode';
import type { CertificatePdfInput } from './certificate-pdf.ts';
import {
  BODY_BOTTOM,
  CONTENT_W,
  chineseDate,
  type Doc,
  INK,
  MARGIN_X,
  MUTED,
  PAGE,
  RULE,
  runningHeader,
} from './certificate-pdf-layout.ts';

/**
 * The closing block: the 谁记录谁证明 statement, issuer, person in charge and handler with signature lines, an empty
 * seal circle (the organization seals the printed copy; the file claims no seal) and the verification QR code.
 */
export async function drawIssuer(doc: Doc, input: CertificatePdfInput, top: number) {
  const { issuer } = input;
  const statement =
    `本证明依据出具单位${issuer.name}的志愿服务记录出具（谁记录谁证明）。` +
    '可扫描右下方二维码或访问二维码下方网址，在线核验本证明的真实性及当前状态。';
  const leftW = 240;
  const labelW = 56;
  const nameW = 84;
  const lines: { label: string; text: string; signs: boolean }[] = [
    { label: '出具单位', text: issuer.name, signs: false },
    { label: '负责人', text: issuer.personInCharge, signs: true },
    { label: '经办人', text: issuer.handler, signs: true },
    { label: '联系方式', text: issuer.contact ?? '—', signs: false },
    { label: '出具日期', text: chineseDate(input.issuedOn), signs: false },
  ];
  // Measure first so the whole block (never split across pages) moves to a new page when it does not fit.
  doc.font('regular').fontSize(10);
  const lineH = doc.currentLineHeight(true);
  const valueHeights = lines.map(({ text, signs }) =>
    Math.max(16, Math.min(doc.heightOfString(text, { width: signs ? nameW : leftW - labelW }), 3 * lineH)),
  );
  const leftH = valueHeights.reduce((sum, h) => sum + h + 10, 0);
  doc.fontSize(9.5);
  const statementH = doc.heightOfString(statement, { width: CONTENT_W, lineGap: 3 });
  // The seal circle spans y + 8 … y + 116 and the QR code with its URL about 125.
  const blockH = statementH + 16 + Math.max(leftH, 126);
  let y = top;
  if (y + blockH > BODY_BOTTOM) {
    doc.addPage();
    y = runningHeader(doc, input);
  }
  doc.fillColor(MUTED).text(statement, MARGIN_X, y, { width: CONTENT_W, lineGap: 3 });
  y = doc.y + 16;

  let ly = y;
  lines.forEach(({ label, text, signs }, i) => {
    const valueX = MARGIN_X + labelW;
    const h = valueHeights[i] ?? 16;
    doc.font('bold').fontSize(10).fillColor(INK).text(`${label}：`, MARGIN_X, ly, { lineBreak: false });
    doc
      .font('regular')
      .text(text, valueX, ly, { width: signs ? nameW : leftW - labelW, height: h + 1, ellipsis: true });
    if (signs) {
      const sx = valueX + nameW + 6;
      doc
        .fontSize(9)
        .fillColor(MUTED)
        .text('签字', sx, ly + 1, { lineBreak: false });
      doc
        .lineWidth(0.6)
        .moveTo(sx + 22, ly + 14)
        .lineTo(MARGIN_X + leftW - 8, ly + 14)
        .stroke(RULE);
    }
    ly += h + 10;
  });

  const qrSize = 88;
  const qrColW = 120;
  const qrX = PAGE.width - MARGIN_X - qrColW;
  // About 38 mm across, the size of a common organization seal.
  const sealR = 54;
  const sealX = MARGIN_X + leftW + (qrX - MARGIN_X - leftW) / 2;
  const sealY = y + 62;
  doc.lineWidth(0.8).dash(4, { space: 3 }).circle(sealX, sealY, sealR).stroke('#bfbfbf').undash();
  doc
    .font('regular')
    .fontSize(10)
    .fillColor('#a6a6a6')
    .text('盖章处', sealX - sealR, sealY - 7, { width: 2 * sealR, align: 'center' });

  const qr = await QRCode.toBuffer(input.verifyUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1 });
  doc.image(qr, qrX + (qrColW - qrSize) / 2, y, { width: qrSize, height: qrSize });
  doc
    .font('regular')
    .fontSize(8)
    .fillColor(INK)
    .text('扫码核验', qrX, y + qrSize + 3, { width: qrColW, align: 'center' });
  doc
    .fontSize(6.5)
    .fillColor(MUTED)
    .text(input.verifyUrl, qrX, doc.y + 1, { width: qrColW, align: 'center', height: 40, ellipsis: true });
}
