import { describe, expect, it } from 'vitest';
import { percentOf } from './import-percent.ts';

describe('percentOf', () => {
  it('counts rows written, never showing 100 before the import is done', () => {
    expect(percentOf({ status: 'running', processedRows: 250, totalRows: 1000 })).toBe(25);
    expect(percentOf({ status: 'running', processedRows: 1000, totalRows: 1000 })).toBe(99);
    expect(percentOf({ status: 'done', processedRows: 1000, totalRows: 1000 })).toBe(100);
  });

  it('is 0 for an empty count', () => {
    expect(percentOf({ status: 'running', processedRows: 0, totalRows: 0 })).toBe(0);
  });
});
