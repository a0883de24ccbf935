import type { VolunteerStatsActivityType, VolunteerStatsMonth, VolunteerStatsUnit } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { activityTypesOption, monthsOption, unitRows } from './stats-chart-options.ts';

const month = (value: string, approvedHundredths: number, personTimes: number) =>
  ({ month: value, approvedHundredths, personTimes }) as VolunteerStatsMonth;
const names = { hours: '服务时长', personTimes: '服务人次', monthName: (month: number) => `${month}月` };

describe('monthsOption', () => {
  it('plots hours (not hundredths) as bars and person-times as a line, months named within one year', () => {
    const option = monthsOption([month('2026-01', 1250, 3), month('2026-02', 0, 0)], names);
    expect(option.xAxis).toMatchObject({ data: ['1月', '2月'] });
    const [bars, line] = option.series as { data: number[]; type: string }[];
    expect(bars).toMatchObject({ type: 'bar', data: [12.5, 0] });
    expect(line).toMatchObject({ type: 'line', data: [3, 0] });
  });

  it('keeps the year when the period spans two', () => {
    const option = monthsOption([month('2025-12', 100, 1), month('2026-01', 200, 2)], names);
    expect(option.xAxis).toMatchObject({ data: ['2025-12', '2026-01'] });
  });
});

describe('unitRows', () => {
  const unit = (name: string, level: 1 | 2, approvedHundredths: number) =>
    ({ name, level, figures: { approvedHundredths, personTimes: 2 } }) as VolunteerStatsUnit;

  it('indents teams under their stations and adds the organization’s own records first when it has some', () => {
    const rows = unitRows([unit('海棠服务站', 1, 300), unit('助老服务队', 2, 150)], {
      name: '本级',
      approvedHundredths: 50,
      personTimes: 1,
    });
    expect(rows).toEqual([
      { name: '本级', hours: 0.5, personTimes: 1 },
      { name: '海棠服务站', hours: 3, personTimes: 2 },
      { name: '　助老服务队', hours: 1.5, personTimes: 2 },
    ]);
  });

  it('leaves the organization out when it recorded nothing itself', () => {
    expect(unitRows([], { name: '本级', approvedHundredths: 0, personTimes: 0 })).toEqual([]);
  });
});

describe('activityTypesOption', () => {
  it('draws only types with hours, named by the caller', () => {
    const types = [
      { activityType: 'visit', approvedHundredths: 400 },
      { activityType: 'training', approvedHundredths: 0 },
      { activityType: null, approvedHundredths: 125 },
    ] as VolunteerStatsActivityType[];
    const option = activityTypesOption(types, (type) => type ?? '未关联活动', '服务时长');
    const [pie] = option.series as { data: unknown[] }[];
    expect(pie?.data).toEqual([
      { name: 'visit', value: 4 },
      { name: '未关联活动', value: 1.25 },
    ]);
  });
});
