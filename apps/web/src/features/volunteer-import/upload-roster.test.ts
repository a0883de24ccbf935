import { describe, expect, it } from 'vitest';
import { contentTypeOf } from './upload-roster.ts';

describe('contentTypeOf', () => {
  it('names xlsx and csv files by their extension, whatever the case', () => {
    expect(contentTypeOf('花名册.XLSX')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(contentTypeOf('roster.csv')).toBe('text/csv');
  });

  it('sends anything else as plain bytes for the server to judge', () => {
    expect(contentTypeOf('roster.xls')).toBe('application/octet-stream');
    expect(contentTypeOf('roster')).toBe('application/octet-stream');
  });
});
