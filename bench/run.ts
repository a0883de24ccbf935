// `npm run bench`: runs every benchmark and prints one JSON object per line (and nothing else on stdout).
import { checkinBench } from './checkin.bench.ts';
import { httpBaseline } from './http-baseline.bench.ts';
import { importRosterBench } from './import-roster.bench.ts';
import { volunteerStatsFederation } from './volunteer-stats.bench.ts';

const BENCHMARKS: Array<() => Promise<Record<string, unknown>>> = [
  httpBaseline,
  checkinBench,
  importRosterBench,
  volunteerStatsFederation,
];

for (const bench of BENCHMARKS) {
  console.log(JSON.stringify(await bench()));
}
