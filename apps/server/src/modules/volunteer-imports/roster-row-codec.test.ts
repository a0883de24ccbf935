import { describe, expect, it } from 'vitest';
import { decodeRosterRows, encodeRosterRows } from './roster-row-codec.ts';

describe('roster row codec', () => {
  it('round-trips text, numbers, dates and empty cells, and turns other cell objects into their text', () => {
    const date = new Date(Date.UTC(1990, 2, 7));
    const text = encodeRosterRows([
      { row: 2, cells: ['张三', 13800138000, date, undefined, null, '第一行\n第二行'] },
      { row: 5, cells: [{ richText: [{ text: '李' }, { text: '四' }] }, { formula: 'A1', result: 7 }, true] },
    ]);
    expect(text.split('\n')).toHaveLength(2);
    expect(decodeRosterRows(text)).toEqual([
      { row: 2, cells: ['张三', 13800138000, date, null, null, '第一行\n第二行'] },
      { row: 5, cells: ['李四', '7', 'TRUE'] },
    ]);
    expect(decodeRosterRows('')).toEqual([]);
  });
});
