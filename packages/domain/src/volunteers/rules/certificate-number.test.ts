import { describe, expect, it } from 'vitest';
import { certificateNumber, certificateNumberSchema, isCertificateNumber } from './certificate-number.ts';

describe('certificateNumber', () => {
  it('joins prefix, issue day and a zero-padded sequence', () => {
    expect(certificateNumber('2026-11-23', 42)).toBe('LD-20261123-000042');
    expect(certificateNumber('2026-01-05', 1, 'WL')).toBe('WL-20260105-000001');
    expect(certificateNumber('2026-01-05', 1_234_567)).toBe('LD-20260105-1234567');
  });

  it('throws on a bad day, sequence or prefix', () => {
    expect(() => certificateNumber('2026-02-30', 1)).toThrow(RangeError);
    expect(() => certificateNumber('2026-11-23', 0)).toThrow(RangeError);
    expect(() => certificateNumber('2026-11-23', 1.5)).toThrow(RangeError);
    expect(() => certificateNumber('2026-11-23', 1, 'ld')).toThrow(RangeError);
    expect(() => certificateNumber('2026-11-23', 1, '')).toThrow(RangeError);
  });
});

describe('isCertificateNumber', () => {
  it('accepts what certificateNumber makes', () => {
    expect(isCertificateNumber(certificateNumber('2026-11-23', 42))).toBe(true);
    expect(isCertificateNumber('WL-20240229-1234567')).toBe(true);
  });

  it('checks the prefix when one is given', () => {
    expect(isCertificateNumber('LD-20261123-000042', 'LD')).toBe(true);
    expect(isCertificateNumber('WL-20261123-000042', 'LD')).toBe(false);
  });

  it('refuses other shapes, impossible days and sequence zero', () => {
    expect(isCertificateNumber('LD-20261123-42')).toBe(false);
    expect(isCertificateNumber('LD-2026112-000042')).toBe(false);
    expect(isCertificateNumber('LD-20230229-000042')).toBe(false);
    expect(isCertificateNumber('LD-20261123-000000')).toBe(false);
    expect(isCertificateNumber('ld-20261123-000042')).toBe(false);
    expect(isCertificateNumber(' LD-20261123-000042')).toBe(false);
    expect(isCertificateNumber('LD20261123000042')).toBe(false);
  });

  it('parses typed input in the schema', () => {
    expect(certificateNumberSchema.parse(' ld-20261123-000042 ')).toBe('LD-20261123-000042');
    expect(certificateNumberSchema.safeParse('LD-20261123').success).toBe(false);
  });
});
