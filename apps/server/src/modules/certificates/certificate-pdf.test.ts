import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type CertificatePdfInput, renderCertificatePdf } from './certificate-pdf.ts';

// poppler-utils is not a project dependency: text assertions run only where pdftotext is installed.
const hasPdftotext = spawnSync('which', ['pdftotext']).status === 0;

/** Extracted text with all whitespace removed, since pdftotext spaces CJK and wrapped cells unpredictably. */
function pdfText(pdf: Buffer) {
  const result = spawnSync('pdftotext', ['-', '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 });
  expect(result.status).toBe(0);
  return result.stdout.toString('utf8').replace(/\s+/g, '');
}

/** Counts page objects: `/Type /Page` but not the `/Type /Pages` tree node. */
function pageCount(pdf: Buffer) {
  return pdf.toString('latin1').match(/\/Type \/Page(?!s)/g)?.length ?? 0;
}

function sampleInput(records: number, overrides: Partial<CertificatePdfInput> = {}): CertificatePdfInput {
  const activities = Array.from({ length: records }, (_, i) => ({
    date: `2026-${String(12 - Math.floor(i / 28)).padStart(2, '0')}-${String(28 - (i % 28)).padStart(2, '0')}`,
    title: `邻里探访第${String(i + 1).padStart(3, '0')}场`,
    content: '协助社工上门探访独居长者，测量血压并登记健康状况。',
    hours: '2.5',
    organization: '梅林街道社工服务站',
  }));
  return {
    number: 'LD-20261123-000042',
    issuedOn: '2026-11-23',
    volunteer: {
      name: '林晓雯',
      gender: 'female',
      idTypeLabel: '居民身份证',
      // Invented: 331081199003071231 has a valid check character.
      idNumberMasked: '331081********1231',
      localNo: 'FT-2024-003187',
      nationalNo: null,
    },
    period: { from: '2026-01-01', to: '2026-11-23' },
    totalHours: (records * 2.5).toFixed(1),
    entryCount: records,
    activities,
    issuer: { name: '梅林街道社工服务站', personInCharge: '陈建华', handler: '王丽', contact: '0755-8300 0000' },
    verifyUrl: 'https://liandong.example.org/verify/Q3vN8kTz2xLp7WmR4sYb',
    ...overrides,
  };
}

describe('renderCertificatePdf', () => {
  it('renders a short certificate as one small page with the Chinese font embedded as a subset', async () => {
    const pdf = await renderCertificatePdf(sampleInput(3));

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Bold/);
    expect(pageCount(pdf)).toBe(1);
    // Subsetting keeps it far below the ~10 MB of each source font.
    expect(pdf.length).toBeLessThan(300 * 1024);
  });

  it('continues a long record table over further pages', async () => {
    const short = await renderCertificatePdf(sampleInput(3));
    const long = await renderCertificatePdf(sampleInput(120));

    expect(pageCount(short)).toBe(1);
    expect(pageCount(long)).toBeGreaterThan(1);
  });

  it('gives the same bytes for the same input, so a re-download matches the original', async () => {
    const first = await renderCertificatePdf(sampleInput(3));
    const second = await renderCertificatePdf(sampleInput(3));

    expect(first.equals(second)).toBe(true);
  });

  it('marks a revoked certificate differently from the valid one', async () => {
    const valid = await renderCertificatePdf(sampleInput(3));
    const revoked = await renderCertificatePdf(sampleInput(3, { revoked: true }));

    expect(revoked.equals(valid)).toBe(false);
    expect(pageCount(revoked)).toBe(1);
  });

  it('keeps a record with very long text inside one page-sized row', async () => {
    const huge = sampleInput(1);
    huge.activities[0]!.title = '关爱独居长者暨社区互助网络建设志愿服务行动'.repeat(20);
    huge.activities[0]!.content = '协助社工开展长者健康筛查、建立档案并陪同就医，'.repeat(200);

    const pdf = await renderCertificatePdf(huge);

    // Clamped with an ellipsis instead of spilling over pages of one cell.
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
    if (hasPdftotext) expect(pdfText(pdf)).toContain('…');
  });

  describe.skipIf(!hasPdftotext)('text content (needs pdftotext)', () => {
    it('shows the title, the volunteer, the number and the verification URL, without national-system claims', async () => {
      const text = pdfText(await renderCertificatePdf(sampleInput(3)));

      expect(text).toContain('志愿服务记录证明');
      expect(text).toContain('林晓雯');
      expect(text).toContain('LD-20261123-000042');
      expect(text).toContain('331081********1231');
      expect(text).toContain('谁记录谁证明');
      expect(text).toContain('https://liandong.example.org/verify/Q3vN8kTz2xLp7WmR4sYb');
      expect(text).toContain('盖章处');
      expect(text).toContain('第1页/共1页');
      expect(text).not.toContain('全国志愿服务信息系统');
      expect(text).not.toContain('已撤销');
    });

    it('lists every record across pages, with the table header and page numbers on each page', async () => {
      const pdf = await renderCertificatePdf(sampleInput(120));
      const pages = pageCount(pdf);
      const text = pdfText(pdf);

      for (let i = 1; i <= 120; i++) expect(text).toContain(`邻里探访第${String(i).padStart(3, '0')}场`);
      expect(text.match(/服务内容/g)?.length).toBe(pages);
      expect(text).toContain(`第${pages}页/共${pages}页`);
    });

    it('says 已撤销 on a revoked certificate', async () => {
      const text = pdfText(await renderCertificatePdf(sampleInput(3, { revoked: true })));

      expect(text).toContain('已撤销');
    });

    it('says so when the period has no records', async () => {
      const text = pdfText(await renderCertificatePdf(sampleInput(0)));

      expect(text).toContain('该期间内无志愿服务记录');
      expect(text).toContain('服务记录0条');
    });

    it('records issuer and issue date in the document metadata', async () => {
      const pdf = await renderCertificatePdf(sampleInput(3));
      const info = spawnSync('pdfinfo', ['-isodates', '-'], { input: pdf }).stdout.toString('utf8');

      expect(info).toMatch(/Title:\s+志愿服务记录证明 LD-20261123-000042/);
      expect(info).toMatch(/Author:\s+梅林街道社工服务站/);
      expect(info).toMatch(/CreationDate:\s+2026-11-22T16:00:00Z/);
    });
  });
});
