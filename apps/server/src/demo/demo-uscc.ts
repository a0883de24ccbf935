import { usccCheckCharacter } from '@liandong/domain';

/** 51: 社会团体 (associations), 52: 民办非企业单位 / 社会服务机构 (service providers), both registered by 民政. */
export type UsccCategory = '51' | '52';

const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * An invented but well-formed 统一社会信用代码: registration category, the county's division code,
 * a 9-character organization code (GB 11714, with its own check digit) and the GB 32100 check character.
 */
export function demoUscc(category: UsccCategory, regionCode: string, serial: number): string {
  const body = String(57_000_000 + serial * 7919).slice(-8);
  const sum = [...body].reduce((total, digit, index) => total + Number(digit) * ORGANIZATION_CODE_WEIGHTS[index]!, 0);
  const check = 11 - (sum % 11);
  const organizationCode = `${body}${check === 10 ? 'X' : check === 11 ? '0' : String(check)}`;
  const first17 = `${category}${regionCode}${organizationCode}`;
  return `${first17}${usccCheckCharacter(first17)}`;
}
