// `npm test`: lint, typecheck, unit and integration tests (both databases when TEST_PG_URL is set), web build,
// then the browser journeys. Every step runs even if an earlier one failed, and the last line is `N passed, M failed`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-test-'));
let passed = 0;
let failed = 0;

function run(title, command, args, env = {}) {
  console.log(`\n━━ ${title} ━━`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is one check (lint, typecheck, build): it counts as one test. */
function check(title, command, args) {
  if (run(title, command, args)) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${title} failed`);
  }
}

/** A step whose runner writes a JSON report: count its tests; a runner that failed without a report counts as one failure. */
function suite(title, command, args, reportFile, count, env) {
  const ok = run(title, command, args, env);
  if (!fs.existsSync(reportFile)) {
    failed += 1;
    console.log(`✗ ${title}: no report written`);
    return;
  }
  const counts = count(JSON.parse(fs.readFileSync(reportFile, 'utf8')));
  passed += counts.passed;
  failed += counts.failed;
  if (!ok && counts.failed === 0) failed += 1;
}

check('lint (biome)', 'npx', ['biome', 'check', '.']);
check('typecheck', 'npm', ['run', 'typecheck', '--silent']);

const vitestReport = path.join(reports, 'vitest.json');
suite(
  'unit and integration tests (vitest)',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  vitestReport,
  (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests }),
);

check('web build', 'npm', ['run', 'build', '-w', 'apps/web']);

const playwrightReport = path.join(reports, 'playwright.json');
suite(
  'browser journeys (playwright)',
  'npx',
  ['playwright', 'test'],
  playwrightReport,
  (report) => ({ passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected }),
  { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
