import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv } from './csv-rows.ts';

const records = (text: string) => [...parseCsv(text)];

describe('parseCsv', () => {
  it('splits plain fields and records ended by LF, CRLF or a lone CR', () => {
    expect(records('a,b\nc,d\r\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks inside', () => {
    expect(records('"张三, 李四","他说""好""","第一行\r\n第二行",x\r\n1,2,3,4\r\n')).toEqual([
      ['张三, 李四', '他说"好"', '第一行\r\n第二行', 'x'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('keeps empty fields, a trailing comma and blank lines (so record numbers stay row numbers)', () => {
    expect(records('a,,c,\n\nd')).toEqual([['a', '', 'c', ''], [''], ['d']]);
  });

  it('does not yield an extra record for the final line break', () => {
    expect(records('a\r\n')).toEqual([['a']]);
    expect(records('')).toEqual([]);
  });

  it('reads an unterminated quote to the end and keeps text after a closing quote', () => {
    expect(records('"abc\ndef')).toEqual([['abc\ndef']]);
    expect(records('"ab"c,d')).toEqual([['abc', 'd']]);
  });
});

describe('decodeCsv', () => {
  it('drops a UTF-8 BOM', () => {
    expect(decodeCsv(Buffer.from('\ufeff姓名,性别\r\n', 'utf8'))).toBe('姓名,性别\r\n');
  });

  it('reads GB18030 (what Excel on Chinese Windows saves as CSV) when the bytes are not UTF-8', () => {
    // 姓名,性别 in GBK
    const gbk = Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xd0, 0xd4, 0xb1, 0xf0]);
    expect(decodeCsv(gbk)).toBe('姓名,性别');
  });

  it('refuses binary content', () => {
    expect(decodeCsv(Buffer.from([0x00, 0x01, 0x02, 0x41]))).toBeNull();
    expect(decodeCsv(Buffer.from('a,b\u0007c'))).toBeNull();
  });
});
