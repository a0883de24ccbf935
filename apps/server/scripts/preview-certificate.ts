/**
 * Writes a sample 志愿服务记录证明 so its layout can be looked at:
 *   node --import tsx apps/server/scripts/preview-certificate.ts /tmp/cert.pdf [records=6] [--revoked]
 * The person and numbers are invented (the resident ID 331081199003071231 has a valid check character).
 */
import { writeFile } from 'node:fs/promises';
import { renderCertificatePdf } from '../src/modules/certificates/certificate-pdf.ts';

const [out, countArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!out) {
  console.error('usage: preview-certificate.ts <out.pdf> [records] [--revoked]');
  process.exit(1);
}
const count = Number(countArg ?? 6);
const titles = ['长者助餐服务', '社区垃圾分类宣传引导', '青少年课后托管陪伴与作业辅导（暑期特别项目）', '独居老人探访'];
const activities = Array.from({ length: count }, (_, i) => ({
  date: `2026-${String(11 - Math.floor(i / 28)).padStart(2, '0')}-${String(28 - (i % 28)).padStart(2, '0')}`,
  title: titles[i % titles.length]!,
  content:
    i % 3 === 0 ? '协助社工为辖区独居长者送餐、测量血压并登记健康状况，陪伴聊天，发现异常及时报告。' : '现场引导',
  hours: (1.5 + (i % 4)).toFixed(1),
  organization: i % 2 ? '福田区梅林街道社工服务站' : '莲花北社区志愿服务队',
}));
const pdf = await renderCertificatePdf({
  number: 'LD-20261123-000042',
  issuedOn: '2026-11-23',
  volunteer: {
    name: '林晓雯',
    gender: 'female',
    idTypeLabel: '居民身份证',
    idNumberMasked: '331081********1231',
    localNo: 'FT-2024-003187',
    nationalNo: null,
  },
  period: { from: '2026-01-01', to: '2026-11-23' },
  totalHours: activities.reduce((sum, a) => sum + Number(a.hours), 0).toFixed(1),
  entryCount: activities.length,
  activities,
  issuer: { name: '福田区梅林街道社工服务站', personInCharge: '陈建华', handler: '王丽', contact: '0755-8300 0000' },
  verifyUrl: 'https://liandong.example.org/verify/Q3vN8kTz2xLp7WmR4sYb',
  revoked: process.argv.includes('--revoked'),
});
await writeFile(out, pdf);
console.log(`${out}: ${pdf.length} bytes`);
