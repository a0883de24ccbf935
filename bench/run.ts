// `npm run bench`: runs every benchmark and prints one JSON object per line (and nothing else on stdout).
import { httpBaseline } from './http-baseline.bench.ts';

const BENCHMARKS: Array<() => Promise<Record<string, unknown>>> = [httpBaseline];

for (const bench of BENCHMARKS) {
  console.log(JSON.stringify(await bench()));
}
