import { describe, expect, it } from 'vitest';
import { selfReportBodyOf, totalMinutesOf } from './self-report-values.ts';

describe('self-report values', () => {
  it('adds hours and minutes', () => {
    expect(totalMinutesOf({ hours: 3, minutes: 13 })).toBe(193);
    expect(totalMinutesOf({ hours: null, minutes: 45 })).toBe(45);
    expect(totalMinutesOf({})).toBe(0);
  });

  it('builds the body with trimmed text and empty optional fields cleared', () => {
    expect(
      selfReportBodyOf({
        serviceDate: '2026-11-20',
        hours: 2,
        minutes: 0,
        content: ' 社区垃圾分类宣传 ',
        place: '',
        leadName: ' 李娜 ',
      }),
    ).toEqual({
      volunteerId: undefined,
      serviceDate: '2026-11-20',
      rawMinutes: 120,
      content: '社区垃圾分类宣传',
      place: null,
      leadName: '李娜',
    });
  });
});
