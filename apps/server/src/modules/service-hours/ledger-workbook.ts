import type { Writable } from 'node:stream';
import type { CheckFlag, HoursEntry, HoursKind, HoursSource, HoursStatus } from '@liandong/domain';
import ExcelJS from 'exceljs';

const SOURCE_LABELS: Record<HoursSource, string> = {
  checkin: '签到签退',
  coordinator: '机构录入',
  self_report: '个人申报',
  import: '批量导入',
};
const KIND_LABELS: Record<HoursKind, string> = { original: '原始记录', correction: '更正', void: '作废' };
const STATUS_LABELS: Record<HoursStatus, string> = { pending: '待审核', approved: '已通过', declined: '未通过' };
const FLAG_LABELS: Record<CheckFlag, string> = {
  outside_geofence: '超出签到范围',
  no_location: '未获取定位',
  auto_checkout: '自动签退',
  late_checkin: '迟到签到',
};

/** The sheet's columns: Chinese headers as a 义工联 files them, and how each cell is read from an entry. */
const COLUMNS: {
  header: string;
  width: number;
  value: (entry: HoursEntry, time: (at: number) => string) => unknown;
}[] = [
  { header: '志愿者编号', width: 12, value: (e) => e.volunteerLocalNo },
  { header: '姓名', width: 10, value: (e) => e.volunteerName },
  { header: '服务日期', width: 12, value: (e) => e.serviceDate },
  { header: '活动', width: 24, value: (e) => e.activityTitle ?? '' },
  { header: '服务内容', width: 30, value: (e) => e.content ?? '' },
  { header: '地点', width: 20, value: (e) => e.place ?? '' },
  { header: '开始时间', width: 17, value: (e, time) => (e.startedAt === null ? '' : time(e.startedAt)) },
  { header: '结束时间', width: 17, value: (e, time) => (e.endedAt === null ? '' : time(e.endedAt)) },
  { header: '原始时长(分钟)', width: 14, value: (e) => e.rawMinutes },
  { header: '认定时长(小时)', width: 14, value: (e) => e.creditedHundredths / 100 },
  { header: '来源', width: 10, value: (e) => SOURCE_LABELS[e.source] },
  { header: '类型', width: 10, value: (e) => KIND_LABELS[e.kind] },
  { header: '状态', width: 8, value: (e) => STATUS_LABELS[e.status] },
  { header: '活动负责人', width: 10, value: (e) => e.leadName ?? '' },
  { header: '记录人', width: 10, value: (e) => e.recorderName ?? '' },
  { header: '记录机构', width: 20, value: (e) => e.recordingOrganizationName },
  { header: '记录时间', width: 17, value: (e, time) => time(e.recordedAt) },
  { header: '审核人', width: 10, value: (e) => e.deciderName ?? '' },
  { header: '审核时间', width: 17, value: (e, time) => (e.decidedAt === null ? '' : time(e.decidedAt)) },
  { header: '审核意见', width: 20, value: (e) => e.decisionNote ?? '' },
  { header: '服务评价', width: 8, value: (e) => e.evaluation?.rating ?? '' },
  { header: '评价意见', width: 20, value: (e) => e.evaluation?.comment ?? '' },
  { header: '核查标记', width: 16, value: (e) => e.flags.map((flag) => FLAG_LABELS[flag]).join('、') },
];

/** The header row of the ledger export, in column order. */
export const LEDGER_HEADERS = COLUMNS.map((column) => column.header);

/**
 * Streams the ledger to `output` as xlsx, one batch of entries at a time, so an export of a million rows needs the
 * memory of one batch. Instants are written as local times of `timeZone`; hours as numbers so Excel can sum them.
 */
export async function writeLedgerWorkbook(
  output: Writable,
  batches: AsyncIterable<HoursEntry[]>,
  timeZone: string,
): Promise<void> {
  // sv-SE formats as "2026-11-23 10:00", the form Chinese spreadsheets use.
  const formatter = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const time = (at: number) => formatter.format(at);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('服务时长');
  sheet.columns = COLUMNS.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const batch of batches) {
    for (const entry of batch) sheet.addRow(COLUMNS.map((column) => column.value(entry, time))).commit();
  }
  sheet.commit();
  await workbook.commit();
}
