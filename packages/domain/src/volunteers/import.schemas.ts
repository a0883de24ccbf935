import { z } from 'zod';
import { idSchema, instantSchema, pageFields, pageOf } from '../common/common.schemas.ts';
import { IDENTITY_PROBLEMS, type IdType, idTypeSchema } from './rules/identity-document.ts';
import { organizationRefSchema } from './volunteer.schemas.ts';
import { GENDERS, type Gender, IMPORT_STATUSES } from './volunteer-enums.ts';

/**
 * The columns of a roster file, in template order. Headers are matched by name (order free, unknown columns
 * ignored; a trailing * and spaces do not matter); `aliases` are the names coordinators' own sheets often use.
 */
export const VOLUNTEER_IMPORT_COLUMNS = [
  { key: 'name', header: '姓名', required: true, aliases: [] },
  { key: 'gender', header: '性别', required: true, aliases: [] },
  { key: 'birthDate', header: '出生日期', required: true, aliases: ['出生年月日'] },
  { key: 'idType', header: '证件类型', required: true, aliases: [] },
  { key: 'idNumber', header: '证件号码', required: true, aliases: ['身份证号', '身份证号码', '证件号'] },
  { key: 'phone', header: '手机号码', required: true, aliases: ['手机号', '手机', '联系电话'] },
  { key: 'skills', header: '服务技能', required: false, aliases: ['技能'] },
  { key: 'nationalNo', header: '全国志愿者编号', required: false, aliases: [] },
  { key: 'teams', header: '团队', required: false, aliases: ['所属团队'] },
] as const;
export type VolunteerImportColumn = (typeof VOLUNTEER_IMPORT_COLUMNS)[number]['key'];
export const VOLUNTEER_IMPORT_COLUMN_KEYS = VOLUNTEER_IMPORT_COLUMNS.map((column) => column.key) as [
  VolunteerImportColumn,
  ...VolunteerImportColumn[],
];

/** The template's header for a column: required ones end in `*`. */
export const importHeaderOf = (column: (typeof VOLUNTEER_IMPORT_COLUMNS)[number]) =>
  column.required ? `${column.header}*` : column.header;

/** 性别 as written in a roster; the first is what the template's drop-down offers. */
export const IMPORT_GENDER_NAMES: Record<Gender, readonly string[]> = {
  male: ['男', '男性'],
  female: ['女', '女性'],
};

/** 证件类型 as written in a roster; the first name of each is the template's drop-down value. */
export const IMPORT_ID_TYPE_NAMES: Record<IdType, readonly string[]> = {
  resident_id: ['居民身份证', '身份证', '二代身份证', '中华人民共和国居民身份证'],
  passport: ['护照'],
  hk_macao_permit: ['港澳居民来往内地通行证', '港澳通行证', '回乡证', '港澳居民居住证'],
  taiwan_permit: ['台湾居民来往大陆通行证', '台胞证', '台湾居民居住证'],
  foreign_permanent_resident: ['外国人永久居留身份证', '外国人永久居留证', '永居证'],
  other: ['其他'],
};

/** A roster may hold this many data rows; bigger registries import in parts. */
export const VOLUNTEER_IMPORT_MAX_ROWS = 200_000;
/** The largest upload accepted (a 100,000-row xlsx is about 5–8 MB). */
export const VOLUNTEER_IMPORT_MAX_BYTES = 30 * 1024 * 1024;
/** The preview keeps this many problems in full; every problem is still counted by kind. */
export const VOLUNTEER_IMPORT_PROBLEMS_KEPT = 1000;

/**
 * What can be wrong with one row. The web app words each one; `column` says which cell.
 * - required: a required cell is empty
 * - too_long / invalid_text: longer than the field allows, or holding control characters
 * - date_invalid: not a date, not a real day, or in the future
 * - id_number_invalid: see `problem` (format, check_character, birth_date_mismatch, gender_mismatch, …)
 * - id_number_as_number: Excel stored the number as a number and lost its last digits (format the column as text)
 * - skill_unknown / team_unknown / team_ambiguous: `value` names the entry not on the registry's list
 * - under_minimum_age: the registry's minors policy does not register someone this young
 * - duplicate_in_file: the same ID number is on row `otherRow` too (both rows are flagged)
 * - already_registered: the registry already holds this ID number
 */
export const VOLUNTEER_IMPORT_PROBLEM_CODES = [
  'required',
  'too_long',
  'invalid_text',
  'date_invalid',
  'gender_invalid',
  'id_type_invalid',
  'id_number_invalid',
  'id_number_as_number',
  'phone_invalid',
  'skill_unknown',
  'team_unknown',
  'team_ambiguous',
  'under_minimum_age',
  'duplicate_in_file',
  'already_registered',
] as const;
export type VolunteerImportProblemCode = (typeof VOLUNTEER_IMPORT_PROBLEM_CODES)[number];

/** Why a file was refused as a whole (`volunteers.import_invalid_file` details). */
export const VOLUNTEER_IMPORT_FILE_PROBLEMS = [
  'empty',
  'not_spreadsheet',
  'legacy_xls',
  'missing_columns',
  'no_rows',
  'too_many_rows',
] as const;
export type VolunteerImportFileProblem = (typeof VOLUNTEER_IMPORT_FILE_PROBLEMS)[number];

/** One problem of one row; `row` is the row number the spreadsheet shows (the header is row 1 in the template). */
export const volunteerImportProblemSchema = z.object({
  row: z.number().int(),
  column: z.enum(VOLUNTEER_IMPORT_COLUMN_KEYS),
  code: z.enum(VOLUNTEER_IMPORT_PROBLEM_CODES),
  /** For id_number_invalid: which identity rule failed. */
  problem: z.enum(IDENTITY_PROBLEMS).optional(),
  /** For skill_unknown, team_unknown and team_ambiguous: the name as written. Never an ID or phone number. */
  value: z.string().optional(),
  /** For duplicate_in_file: the other row with the same ID number. */
  otherRow: z.number().int().optional(),
});
export type VolunteerImportProblem = z.infer<typeof volunteerImportProblemSchema>;

/** A valid row as the preview shows it: identity masked, skills and teams by name. */
export const volunteerImportSampleRowSchema = z.object({
  row: z.number().int(),
  name: z.string(),
  gender: z.enum(GENDERS),
  birthDate: z.string(),
  idType: idTypeSchema,
  idNumberMasked: z.string(),
  phoneMasked: z.string(),
  skills: z.array(z.string()),
  nationalNo: z.string().nullable(),
  teams: z.array(z.string()),
});
export type VolunteerImportSampleRow = z.infer<typeof volunteerImportSampleRowSchema>;

/** An import in the list: previewed → running → done | failed. */
export const volunteerImportSummarySchema = z.object({
  id: idSchema,
  organization: organizationRefSchema,
  registry: organizationRefSchema,
  fileName: z.string(),
  status: z.enum(IMPORT_STATUSES),
  /** Data rows in the file (empty rows are not counted). */
  totalRows: z.number().int(),
  /** Rows without any problem. */
  validRows: z.number().int(),
  /** Rows written so far while running; every row once done. */
  processedRows: z.number().int(),
  importedRows: z.number().int(),
  problemCount: z.number().int(),
  problemCounts: z.partialRecord(z.enum(VOLUNTEER_IMPORT_PROBLEM_CODES), z.number().int()),
  /** Set when a commit failed, e.g. volunteers.already_registered when someone registered a listed person meanwhile. */
  errorCode: z.string().nullable(),
  createdBy: idSchema,
  createdAt: instantSchema,
  finishedAt: instantSchema.nullable(),
});
export type VolunteerImportSummary = z.infer<typeof volunteerImportSummarySchema>;

/** An import with its first problems (row order) and a few valid rows. */
export const volunteerImportSchema = volunteerImportSummarySchema.extend({
  problems: z.array(volunteerImportProblemSchema),
  /** More problems exist than `problems` lists (see `problemCounts`). */
  problemsTruncated: z.boolean(),
  sample: z.array(volunteerImportSampleRowSchema),
});
export type VolunteerImport = z.infer<typeof volunteerImportSchema>;

export const volunteerImportListSchema = pageOf(volunteerImportSummarySchema);
export const volunteerImportListQuerySchema = z.strictObject({ ...pageFields(20, 100) });
export type VolunteerImportListQuery = z.infer<typeof volunteerImportListQuerySchema>;

/** Imported volunteers start prospective (预备) unless the coordinator imports them straight as active (正式). */
export const volunteerImportCommitSchema = z.strictObject({
  status: z.enum(['prospective', 'active']).default('prospective'),
});
export type VolunteerImportCommit = z.infer<typeof volunteerImportCommitSchema>;

/** With an organization, the template's instructions list that registry's skills and teams. */
export const volunteerImportTemplateQuerySchema = z.strictObject({ organizationId: idSchema.optional() });

/** The upload's file name travels URI-encoded in this header, since the body is the file itself. */
export const VOLUNTEER_IMPORT_FILE_NAME_HEADER = 'x-file-name';
export const volunteerImportUploadHeadersSchema = z.object({
  [VOLUNTEER_IMPORT_FILE_NAME_HEADER]: z.string().max(1000).optional(),
});
