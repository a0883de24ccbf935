import { describe, expect, it } from 'vitest';
import { cellDay, cellText, isNumberBeyondPrecision } from './cell-values.ts';

describe('cellText', () => {
  it('trims text and writes numbers as typed, without exponent', () => {
    expect(cellText('  张三 ')).toBe('张三');
    expect(cellText(13800138000)).toBe('13800138000');
    expect(cellText(1.5)).toBe('1.5');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
  });

  it('joins rich text and reads formula results and hyperlink text', () => {
    expect(cellText({ richText: [{ text: '张' }, { text: '三' }] })).toBe('张三');
    expect(cellText({ formula: 'A1', result: '李四' })).toBe('李四');
    expect(cellText({ text: 'mail', hyperlink: 'mailto:x' })).toBe('mail');
    expect(cellText({ error: '#N/A' })).toBe('');
  });
});

describe('cellDay', () => {
  it('reads Excel dates (UTC midnights) and serial numbers', () => {
    expect(cellDay(new Date(Date.UTC(1990, 2, 7)))).toBe('1990-03-07');
    expect(cellDay(32939)).toBe('1990-03-07');
    expect(cellDay(45000)).toBe('2023-03-15');
  });

  it('reads the written forms coordinators use', () => {
    for (const text of ['1990-03-07', '1990/3/7', '1990.3.7', '1990年3月7日', '19900307', '1990-03-07 00:00:00'])
      expect(cellDay(text), text).toBe('1990-03-07');
    expect(cellDay(19900307)).toBe('1990-03-07');
  });

  it('refuses days that do not exist and text that is no date', () => {
    for (const value of ['1990-02-30', '2023-02-29', '1990-13-01', '七月', '', 'abc', null])
      expect(cellDay(value)).toBeNull();
  });
});

describe('isNumberBeyondPrecision', () => {
  it('flags an 18-digit ID stored as a number, not text or a phone number', () => {
    expect(isNumberBeyondPrecision(331081199003071230)).toBe(true);
    expect(isNumberBeyondPrecision(13800138000)).toBe(false);
    expect(isNumberBeyondPrecision('331081199003071231')).toBe(false);
  });
});
