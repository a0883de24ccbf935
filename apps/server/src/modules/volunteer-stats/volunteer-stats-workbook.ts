import type { ActivityType, VolunteerStats, VolunteerStatsFigures, VolunteerStatus } from '@liandong/domain';
import ExcelJS from 'exceljs';

const STATUS_LABELS: Record<VolunteerStatus, string> = {
  prospective: '预备',
  active: '正式',
  suspended: '暂停',
  exited: '退出',
};
const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  community_activity: '社区活动',
  group_session: '小组活动',
  visit: '探访',
  case_service: '个案服务',
  training: '培训',
  large_event: '大型活动',
  other: '其他',
};
const HOURS_FORMAT = '0.00';

const hours = (hundredths: number | null) => (hundredths === null ? null : hundredths / 100);
const registeredNow = (figures: VolunteerStatsFigures) =>
  figures.volunteers.prospective + figures.volunteers.active + figures.volunteers.suspended;

interface Column<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
  format?: string;
}

function addSheet<T>(workbook: ExcelJS.Workbook, name: string, columns: Column<T>[], rows: readonly T[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width,
    ...(column.format ? { style: { numFmt: column.format } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => column.value(row)));
}

/** The figure columns shared by the station/team sheet's rows. */
const FIGURE_COLUMNS: Column<VolunteerStatsFigures>[] = [
  { header: '在册志愿者(不含退出)', width: 18, value: registeredNow },
  { header: '新注册', width: 10, value: (f) => f.newRegistrations },
  { header: '活跃志愿者', width: 12, value: (f) => f.activeVolunteers },
  { header: '活动场次', width: 10, value: (f) => f.activities },
  { header: '服务人次', width: 10, value: (f) => f.personTimes },
  { header: '缺席人次', width: 10, value: (f) => f.noShows },
  { header: '缺席率', width: 10, value: (f) => f.noShowRate, format: '0.00%' },
  { header: '认定时长(小时)', width: 15, value: (f) => hours(f.approvedHundredths), format: HOURS_FORMAT },
  { header: '待审核时长(小时)', width: 16, value: (f) => hours(f.pendingHundredths), format: HOURS_FORMAT },
  { header: '人均时长(小时)', width: 15, value: (f) => hours(f.averageHundredthsPerVolunteer), format: HOURS_FORMAT },
  { header: '折合全职人数(FTE)', width: 17, value: (f) => hours(f.fteHundredths), format: HOURS_FORMAT },
];

function overviewRows(stats: VolunteerStats): [string, string | number | null, string?][] {
  const t = stats.totals;
  const byStatus = (label: string, counts: VolunteerStatsFigures['volunteers']) =>
    (Object.keys(STATUS_LABELS) as VolunteerStatus[]).map(
      (status) => [`${label}·${STATUS_LABELS[status]}`, counts[status]] as [string, number],
    );
  return [
    ['统计对象', stats.organization.name],
    ['统计期间', `${stats.period.from} 至 ${stats.period.to}`],
    ...byStatus('注册志愿者(当前)', t.volunteers),
    ...byStatus('期末已注册志愿者', t.registeredByPeriodEnd),
    ['期间新注册', t.newRegistrations],
    ['活跃志愿者', t.activeVolunteers],
    ['活动场次', t.activities],
    ['服务人次', t.personTimes],
    ['缺席人次', t.noShows],
    ['缺席率', t.noShowRate, '0.00%'],
    ['认定服务时长(小时)', hours(t.approvedHundredths), HOURS_FORMAT],
    ['待审核时长(小时)', hours(t.pendingHundredths), HOURS_FORMAT],
    ['人均服务时长(小时)', hours(t.averageHundredthsPerVolunteer), HOURS_FORMAT],
    ['折合全职人数(FTE)', hours(t.fteHundredths), HOURS_FORMAT],
    ...stats.fteDivisors.map((divisor) => [`FTE 折算标准(小时/人·年)`, divisor.hoursDivisor] as [string, number]),
  ];
}

/**
 * The statistics as an xlsx workbook with four sheets — 概览, 按站点与队伍, 按月份, 按活动类型 — headed in Chinese
 * as a 义工联 files them. Figures only: no volunteer is named anywhere.
 */
export async function writeVolunteerStatsWorkbook(stats: VolunteerStats): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '联动 Liandong';

  const overview = workbook.addWorksheet('概览');
  overview.columns = [
    { header: '指标', width: 28 },
    { header: '数值', width: 24 },
  ];
  overview.getRow(1).font = { bold: true };
  for (const [label, value, format] of overviewRows(stats)) {
    const row = overview.addRow([label, value]);
    if (format) row.getCell(2).numFmt = format;
  }

  const namesById = new Map(stats.units.map((unit) => [unit.organizationId, unit.name]));
  const unitRows = [
    { level: '本级', parent: '', name: `${stats.organization.name}(本级直属)`, figures: stats.direct },
    ...stats.units.map((unit) => ({
      level: unit.level === 1 ? '下级' : '再下级',
      parent: namesById.get(unit.parentId) ?? stats.organization.name,
      name: unit.name,
      figures: unit.figures,
    })),
    { level: '合计', parent: '', name: stats.organization.name, figures: stats.totals },
  ];
  addSheet(
    workbook,
    '按站点与队伍',
    [
      { header: '层级', width: 8, value: (row) => row.level },
      { header: '上级', width: 20, value: (row) => row.parent },
      { header: '名称', width: 24, value: (row) => row.name },
      ...FIGURE_COLUMNS.map((column) => ({
        ...column,
        value: (row: (typeof unitRows)[number]) => column.value(row.figures),
      })),
    ],
    unitRows,
  );

  addSheet(
    workbook,
    '按月份',
    [
      { header: '月份', width: 10, value: (m) => m.month },
      { header: '认定时长(小时)', width: 15, value: (m) => hours(m.approvedHundredths), format: HOURS_FORMAT },
      { header: '待审核时长(小时)', width: 16, value: (m) => hours(m.pendingHundredths), format: HOURS_FORMAT },
      { header: '活动场次', width: 10, value: (m) => m.activities },
      { header: '服务人次', width: 10, value: (m) => m.personTimes },
      { header: '缺席人次', width: 10, value: (m) => m.noShows },
      { header: '新注册', width: 10, value: (m) => m.newRegistrations },
    ],
    stats.months,
  );

  addSheet(
    workbook,
    '按活动类型',
    [
      {
        header: '活动类型',
        width: 16,
        value: (t) => (t.activityType === null ? '未注明活动类型' : ACTIVITY_TYPE_LABELS[t.activityType]),
      },
      { header: '活动场次', width: 10, value: (t) => t.activities },
      { header: '服务人次', width: 10, value: (t) => t.personTimes },
      { header: '缺席人次', width: 10, value: (t) => t.noShows },
      { header: '认定时长(小时)', width: 15, value: (t) => hours(t.approvedHundredths), format: HOURS_FORMAT },
      { header: '待审核时长(小时)', width: 16, value: (t) => hours(t.pendingHundredths), format: HOURS_FORMAT },
    ],
    stats.activityTypes,
  );

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
