import { describe, expect, it } from 'vitest';
import { certificateNumberPrefix } from './certificate-number-prefix.ts';

describe('certificateNumberPrefix', () => {
  it('is LD and six upper-case hex digits, the same for the same registry and different for another', () => {
    const first = certificateNumberPrefix('0195f3a2-0000-7000-8000-000000000001');
    expect(first).toMatch(/^LD[0-9A-F]{6}$/);
    expect(certificateNumberPrefix('0195f3a2-0000-7000-8000-000000000001')).toBe(first);
    expect(certificateNumberPrefix('0195f3a2-0000-7000-8000-000000000002')).not.toBe(first);
  });
});
