import { ID_TYPES, residentIdCheckCharacter, type SkillOption } from '@liandong/domain';
import ExcelJS from 'exceljs';
import {
  IMPORT_GENDER_NAMES,
  IMPORT_ID_TYPE_NAMES,
  importHeaderOf,
  VOLUNTEER_IMPORT_COLUMNS,
  VOLUNTEER_IMPORT_MAX_ROWS,
  type VolunteerImportColumn,
} from './import-contracts.ts';
import { INSTRUCTIONS_SHEET_NAME } from './roster-reader.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const TEMPLATE_FILE_NAME = '志愿者导入模板.xlsx';

// Drop-downs and text formatting cover this many data rows; more rows still import, only without the drop-down.
const FORMATTED_ROWS = 10_000;
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E1' } };
const OPTIONAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };

const WIDTHS: Record<VolunteerImportColumn, number> = {
  name: 12,
  gender: 8,
  birthDate: 14,
  idType: 26,
  idNumber: 24,
  phone: 16,
  skills: 28,
  nationalNo: 20,
  teams: 20,
};

// Invented person; the ID's check character is computed, so the example passes the same checks as a real row.
const EXAMPLE_ID_FIRST17 = '33108119900307123';
const EXAMPLE: Record<VolunteerImportColumn, string> = {
  name: '李明',
  gender: '男',
  birthDate: '1990-03-07',
  idType: IMPORT_ID_TYPE_NAMES.resident_id[0]!,
  idNumber: `${EXAMPLE_ID_FIRST17}${residentIdCheckCharacter(EXAMPLE_ID_FIRST17)}`,
  phone: '13800138000',
  skills: '',
  nationalNo: '',
  teams: '',
};

export interface TemplateOptions {
  /** The registry's skills, named in the instructions and used in the example row. */
  skills: readonly SkillOption[];
  /** Names of the registry's volunteer teams the coordinator may fill in, when an organization was chosen. */
  teamNames: readonly string[];
}

/**
 * The roster template: a 志愿者名单 sheet with the Chinese headers (required ones marked * and shaded), text
 * formatting on the number columns so Excel keeps every digit, drop-downs for 性别 and 证件类型; and a 填写说明
 * sheet explaining each column, with an invented example row (kept off the data sheet so it is never imported).
 */
export async function buildImportTemplate(options: TemplateOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '联动 Liandong';
  const sheet = workbook.addWorksheet('志愿者名单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = VOLUNTEER_IMPORT_COLUMNS.map((column) => ({
    header: importHeaderOf(column),
    key: column.key,
    width: WIDTHS[column.key],
    style: styleOf(column.key),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  VOLUNTEER_IMPORT_COLUMNS.forEach((column, index) => {
    header.getCell(index + 1).fill = column.required ? REQUIRED_FILL : OPTIONAL_FILL;
  });
  addDropDowns(sheet);

  const help = workbook.addWorksheet(INSTRUCTIONS_SHEET_NAME);
  fillInstructions(help, options);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function styleOf(key: VolunteerImportColumn): Partial<ExcelJS.Style> {
  if (key === 'birthDate') return { numFmt: 'yyyy-mm-dd' };
  // '@' is Excel's text format: an 18-digit ID typed here is kept as typed, not turned into 3.31081E+17.
  if (key === 'idNumber' || key === 'phone' || key === 'nationalNo') return { numFmt: '@' };
  return {};
}

function columnLetter(key: VolunteerImportColumn): string {
  return String.fromCharCode(65 + VOLUNTEER_IMPORT_COLUMNS.findIndex((column) => column.key === key));
}

function addDropDowns(sheet: ExcelJS.Worksheet) {
  // exceljs supports range validations but its typings leave `dataValidations` out.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, rule: object): void } })
    .dataValidations;
  const list = (key: VolunteerImportColumn, values: readonly string[], error: string) =>
    validations.add(`${columnLetter(key)}2:${columnLetter(key)}${FORMATTED_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${values.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '请从列表中选择',
      error,
    });
  list('gender', [IMPORT_GENDER_NAMES.male[0]!, IMPORT_GENDER_NAMES.female[0]!], '性别请填写“男”或“女”。');
  list(
    'idType',
    ID_TYPES.map((type) => IMPORT_ID_TYPE_NAMES[type][0]!),
    '请选择列表中的证件类型。',
  );
}

function fillInstructions(help: ExcelJS.Worksheet, { skills, teamNames }: TemplateOptions) {
  const skillNames = skills.map((skill) => skill.name);
  const idTypeNames = ID_TYPES.map((type) => IMPORT_ID_TYPE_NAMES[type][0]!).join('、');
  const explanations: Record<VolunteerImportColumn, string> = {
    name: '必填。志愿者的姓名，不超过 50 个字。',
    gender: '必填。填“男”或“女”（可从下拉列表选择）。',
    birthDate:
      '必填。如 1990-03-07，也可写 1990/3/7、1990年3月7日 或 19900307，或使用 Excel 的日期格式。使用居民身份证的，须与证件号码中的出生日期一致。',
    idType: `必填。从下拉列表选择：${idTypeNames}。`,
    idNumber:
      '必填。居民身份证为 18 位，末位校验码须正确，且与出生日期、性别一致；护照、港澳台通行证按证件格式检查。本列已设为文本格式，请勿改为数字格式，否则 Excel 会丢失号码的末几位。',
    phone: '必填。11 位手机号码，或带区号的固定电话（如 0576-86123456）。',
    skills: `选填。从本登记机构的技能列表中选择，多个技能用“、”或“,”分隔。可选技能：${skillNames.join('、') || '（暂无）'}。`,
    nationalNo: '选填。志愿中国（全国志愿服务信息系统）中的志愿者编号。',
    teams:
      teamNames.length > 0
        ? `选填。本登记机构下的志愿服务队名称，多个用“、”分隔。可填：${teamNames.join('、')}。`
        : '选填。本登记机构下志愿服务队的名称（与系统中的名称完全一致），多个用“、”分隔。',
  };

  help.columns = [{ width: 18 }, { width: 10 }, { width: 100 }];
  help.addRow(['志愿者名单导入说明']).font = { bold: true, size: 14 };
  for (const line of [
    '1. 在“志愿者名单”工作表中，从第 2 行起每行填写一位志愿者；第 1 行为表头，请勿修改。列的顺序可以调整，多余的列会被忽略。',
    '2. 带 * 的列为必填项。同一证件号码在文件中只能出现一次；已在本登记机构登记的人员不会重复导入。',
    `3. 上传后系统先逐行检查并列出问题（第几行、哪一列、什么问题），全部改正后才能导入；导入要么全部成功，要么一条也不写入。单个文件最多 ${VOLUNTEER_IMPORT_MAX_ROWS.toLocaleString('en-US')} 行。`,
    '4. 也可以上传 CSV 文件（UTF-8 或 Excel 另存的 CSV），表头与本模板相同。',
  ])
    help.addRow([line]);
  help.addRow([]);
  const tableHeader = help.addRow(['列名', '是否必填', '填写说明']);
  tableHeader.font = { bold: true };
  for (const column of VOLUNTEER_IMPORT_COLUMNS) {
    const row = help.addRow([importHeaderOf(column), column.required ? '必填' : '选填', explanations[column.key]]);
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
  }
  help.addRow([]);
  help.addRow(['填写示例（虚构人员，请勿照抄）']).font = { bold: true };
  const example = { ...EXAMPLE, skills: skillNames.slice(0, 2).join('、') };
  help.addRow(VOLUNTEER_IMPORT_COLUMNS.map(importHeaderOf)).font = { bold: true };
  help.addRow(VOLUNTEER_IMPORT_COLUMNS.map((column) => example[column.key]));
}
