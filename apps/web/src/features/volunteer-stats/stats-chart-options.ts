import type { VolunteerStatsActivityType, VolunteerStatsMonth, VolunteerStatsUnit } from '@liandong/domain';
import type { StatsChartOption } from './echarts-core.ts';

/** Hundredths of an hour as the number a chart plots (1250 → 12.5). */
const hoursOf = (hundredths: number) => Math.round(hundredths) / 100;

const TEAL = '#0f766e';
const AMBER = '#f59e0b';
const PALETTE = [TEAL, '#14b8a6', AMBER, '#6366f1', '#ec4899', '#84cc16', '#64748b', '#a3a3a3'];
// Room at the top for the legend, and beneath it the axis names.
const GRID = { left: 8, right: 16, top: 64, bottom: 8, containLabel: true };

/**
 * 服务时长 by month as bars, with 服务人次 as a line on its own axis. Within one year a month is named by
 * `monthName` (1 → "1月" or "Jan"); across years it keeps its "YYYY-MM".
 */
export function monthsOption(
  months: VolunteerStatsMonth[],
  names: { hours: string; personTimes: string; monthName: (month: number) => string },
): StatsChartOption {
  const oneYear = new Set(months.map((month) => month.month.slice(0, 4))).size <= 1;
  return {
    color: [TEAL, AMBER],
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: GRID,
    xAxis: {
      type: 'category',
      data: months.map((month) => (oneYear ? names.monthName(Number(month.month.slice(5))) : month.month)),
    },
    yAxis: [
      { type: 'value', name: names.hours, nameTextStyle: { align: 'left' } },
      { type: 'value', name: names.personTimes, minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: names.hours,
        data: months.map((month) => hoursOf(month.approvedHundredths)),
        barMaxWidth: 28,
      },
      {
        type: 'line',
        name: names.personTimes,
        yAxisIndex: 1,
        data: months.map((month) => month.personTimes),
        smooth: true,
      },
    ],
  };
}

/** The rows of the station/team chart: stations, their teams indented beneath, and the chosen organization's own. */
export function unitRows(
  units: VolunteerStatsUnit[],
  direct: { name: string; approvedHundredths: number; personTimes: number },
) {
  const rows = units.map((unit) => ({
    name: unit.level === 2 ? `　${unit.name}` : unit.name,
    hours: hoursOf(unit.figures.approvedHundredths),
    personTimes: unit.figures.personTimes,
  }));
  // The organization's own records only matter beside its units when it has some.
  if (direct.approvedHundredths !== 0 || direct.personTimes !== 0)
    rows.unshift({ name: direct.name, hours: hoursOf(direct.approvedHundredths), personTimes: direct.personTimes });
  return rows;
}

/** 服务时长 and 服务人次 per station and team, as horizontal bars read top to bottom in tree order. */
export function unitsOption(
  rows: ReturnType<typeof unitRows>,
  names: { hours: string; personTimes: string },
): StatsChartOption {
  return {
    color: [TEAL, AMBER],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { ...GRID, top: 36 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.name) },
    series: [
      { type: 'bar', name: names.hours, data: rows.map((row) => row.hours), barMaxWidth: 16 },
      { type: 'bar', name: names.personTimes, data: rows.map((row) => row.personTimes), barMaxWidth: 16 },
    ],
  };
}

/** 服务时长 by activity type as a ring; types without hours are left out so the ring stays readable. */
export function activityTypesOption(
  types: VolunteerStatsActivityType[],
  typeName: (type: VolunteerStatsActivityType['activityType']) => string,
  seriesName: string,
): StatsChartOption {
  const data = types
    .filter((type) => type.approvedHundredths > 0)
    .map((type) => ({ name: typeName(type.activityType), value: hoursOf(type.approvedHundredths) }));
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}：{c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        name: seriesName,
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        data,
        // Percentages only: the legend names the types, and long names would be cut off on a phone.
        label: { formatter: '{d}%' },
      },
    ],
  };
}
