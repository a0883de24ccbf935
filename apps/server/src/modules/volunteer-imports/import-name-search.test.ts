import { describe, expect, it } from 'vitest';
import { nameSearchOf } from '../volunteers/volunteer-checks.ts';
import { importNameSearchOf } from './import-name-search.ts';
import { inventedPerson } from './invented-roster.ts';

describe('importNameSearchOf', () => {
  it('gives exactly what the registry stores for the same name', () => {
    const names = [
      ...Array.from({ length: 3000 }, (_, i) => inventedPerson(i * 37).name),
      // Surnames and words whose reading depends on context.
      ...['单雄信', '曾国藩', '解缙', '仇英', '区小明', '尉迟恭', '欧阳修', '长孙无忌', '乐嘉', '查良镛', '覃明'],
      ...['万俟卨', '吕布', '女娲', '绿叶', '翟志刚', '盖聂', '重庆', '朝阳', '李乐乐'],
      // Not Chinese characters only: these take nameSearchOf's own path.
      ...['阿依·古丽', 'Tom 李', '李A', ''],
    ];
    for (const name of names) expect(importNameSearchOf(name), name).toBe(nameSearchOf(name));
  });
});
