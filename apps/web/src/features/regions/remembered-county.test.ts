import { describe, expect, it } from 'vitest';
import { parseRememberedCounty } from './remembered-county.ts';

describe('parseRememberedCounty', () => {
  it('reads a stored county', () => {
    expect(parseRememberedCounty('{"code":"331081","fullName":"浙江省 台州市 温岭市"}')).toEqual({
      code: '331081',
      fullName: '浙江省 台州市 温岭市',
    });
  });

  it('ignores nothing, broken JSON and values that are not a county', () => {
    expect(parseRememberedCounty(null)).toBeNull();
    expect(parseRememberedCounty('{oops')).toBeNull();
    expect(parseRememberedCounty('null')).toBeNull();
    expect(parseRememberedCounty('{"code":"33","fullName":"x"}')).toBeNull();
    expect(parseRememberedCounty('{"code":"331081"}')).toBeNull();
  });
});
