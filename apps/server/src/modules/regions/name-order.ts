// Chinese names in pinyin order and numbers by value: "2号楼" before "10号楼".
const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Sorts short lists of named things (grids, buildings) the way a reader expects. */
export function byName<T extends { name: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => collator.compare(a.name, b.name));
}
