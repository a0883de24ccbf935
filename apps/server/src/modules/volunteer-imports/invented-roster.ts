import { residentIdCheckCharacter } from '@liandong/domain';
import ExcelJS from 'exceljs';
import { importHeaderOf, VOLUNTEER_IMPORT_COLUMNS, type VolunteerImportColumn } from './import-contracts.ts';

// Invented people for tests and the import benchmark. No real person's number: region 331081 with generated birth
// dates and sequence numbers, the check character computed (ISO 7064 MOD 11-2).

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建文辉鹏飞玲燕红梅兰凤云志宏浩宇俊博思雨欣怡晨阳雪琳佳慧';
const BIRTH_DAYS = 18_262; // 1950-01-01 … 1999-12-31: everyone an adult
const BIRTH_BASE = Date.UTC(1950, 0, 1);

/** A valid 居民身份证 number for an invented person (region 331081, sequence 0–499 per birth date and gender). */
export function inventedResidentId(birthDate: string, gender: 'male' | 'female', sequence = 0): string {
  const serial = String(sequence * 2 + (gender === 'male' ? 1 : 0)).padStart(3, '0');
  const first17 = `331081${birthDate.replaceAll('-', '')}${serial}`;
  return `${first17}${residentIdCheckCharacter(first17)}`;
}

/**
 * The `index`th invented person as a roster row (Chinese cell values by column). Distinct indexes below 9,131,000
 * give distinct ID and phone numbers; names repeat now and then, as in a real roster.
 */
export function inventedPerson(index: number): Record<VolunteerImportColumn, string> {
  const gender = index % 2 === 0 ? 'male' : 'female';
  const birthDate = new Date(BIRTH_BASE + (index % BIRTH_DAYS) * 86_400_000).toISOString().slice(0, 10);
  // A multiplicative hash spreads neighbouring indexes over the name table.
  const mix = Math.imul(index + 1, 2_654_435_761) >>> 0;
  const name =
    SURNAMES[mix % SURNAMES.length]! +
    GIVEN[(mix >>> 8) % GIVEN.length]! +
    (mix % 3 === 0 ? '' : GIVEN[(mix >>> 16) % GIVEN.length]!);
  return {
    name,
    gender: gender === 'male' ? '男' : '女',
    birthDate,
    idType: '居民身份证',
    idNumber: inventedResidentId(birthDate, gender, Math.floor(index / BIRTH_DAYS)),
    phone: `139${String(index).padStart(8, '0')}`,
    skills: index % 4 === 0 ? '陪伴探访、急救' : '',
    nationalNo: '',
    teams: '',
  };
}

/** The template's header row. */
export const ROSTER_HEADERS = VOLUNTEER_IMPORT_COLUMNS.map(importHeaderOf);

/** A roster row in template column order. */
export const rosterRowOf = (person: Record<VolunteerImportColumn, string>) =>
  VOLUNTEER_IMPORT_COLUMNS.map((column) => person[column.key]);

/** A small xlsx in memory: one sheet with `rows` under `headers`. */
export async function rosterXlsx(
  rows: readonly (readonly unknown[])[],
  headers: readonly string[] = ROSTER_HEADERS,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('志愿者名单');
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Writes `count` invented people, from index `first` on, to an xlsx file with the streaming writer (for rosters too
 * big to build in memory).
 */
export async function writeInventedRosterFile(file: string, count: number, first = 0): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('志愿者名单');
  sheet.addRow(ROSTER_HEADERS).commit();
  for (let index = first; index < first + count; index++) sheet.addRow(rosterRowOf(inventedPerson(index))).commit();
  sheet.commit();
  await workbook.commit();
}
