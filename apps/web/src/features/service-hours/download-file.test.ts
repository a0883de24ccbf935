import { describe, expect, it } from 'vitest';
import { fileNameOf, withQuery } from './download-file.ts';

describe('fileNameOf', () => {
  it('prefers the UTF-8 name, decoded', () => {
    const header = `attachment; filename="service-hours.xlsx"; filename*=UTF-8''${encodeURIComponent('服务时长-2026.xlsx')}`;
    expect(fileNameOf(header, 'x.xlsx')).toBe('服务时长-2026.xlsx');
  });

  it('falls back to the plain name, quoted or not', () => {
    expect(fileNameOf('attachment; filename="LD-1.pdf"', 'x.pdf')).toBe('LD-1.pdf');
    expect(fileNameOf('attachment; filename=LD-2.pdf', 'x.pdf')).toBe('LD-2.pdf');
  });

  it('takes the plain name when the UTF-8 one is malformed, and the fallback without a header', () => {
    expect(fileNameOf(`attachment; filename="a.pdf"; filename*=UTF-8''%E4%B`, 'x.pdf')).toBe('a.pdf');
    expect(fileNameOf(null, 'x.pdf')).toBe('x.pdf');
    expect(fileNameOf('attachment', 'x.pdf')).toBe('x.pdf');
  });
});

describe('withQuery', () => {
  it('leaves out empty values and keeps false and zero', () => {
    expect(withQuery('/api/x', { a: 'b', empty: '', none: undefined, nil: null, flag: false, n: 0 })).toBe(
      '/api/x?a=b&flag=false&n=0',
    );
    expect(withQuery('/api/x')).toBe('/api/x');
  });
});
