import { pinyin } from 'pinyin-pro';
import { pinyinKeys } from '../../lib/pinyin.ts';

const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * The registry's search text for a name, exactly as nameSearchOf (volunteer-checks.ts) makes it: the name, its
 * full pinyin and initials. Names written in Chinese characters only take one pinyin pass instead of two, since
 * pinyin is among the costliest steps of sealing a 100,000-row roster; a test keeps the two in agreement. Imports
 * only what the sealing worker thread needs.
 */
export function importNameSearchOf(name: string): string {
  if (HAN_ONLY.test(name)) {
    const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true });
    return `${name} ${syllables.join('')} ${syllables.map((syllable) => syllable.charAt(0)).join('')}`.toLowerCase();
  }
  const keys = pinyinKeys(name);
  return `${name} ${keys.pinyin} ${keys.initials}`.toLowerCase();
}
