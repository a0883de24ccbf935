import { pinyin } from 'pinyin-pro';

/** Full pinyin without tones ("wenling") and initials ("wl"), stored beside Chinese names for search. */
export function pinyinKeys(name: string): { pinyin: string; initials: string } {
  return {
    pinyin: pinyin(name, { toneType: 'none', separator: '', v: true }).toLowerCase(),
    initials: pinyin(name, { pattern: 'first', toneType: 'none', separator: '' }).toLowerCase(),
  };
}
