// Importing a 100,000-row roster (issue 3, item 17): preview + commit through the HTTP API on SQLite, against what
// exceljs alone needs to stream-read the same file, with the peak memory of the import.
//
// `importRosterBench()` writes the file, then runs this same file as child processes: the exceljs read before and
// after the import (their mean is the baseline, so a change of machine load during the run weighs on both sides),
// and the import itself in a fresh process, so its RSS is the import's alone. Each child prints one JSON line.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config/config.ts';
import { createDb } from '../apps/server/src/db/create-db.ts';
import { migrateToLatest } from '../apps/server/src/db/migrator.ts';
import { prepareImportWorkers } from '../apps/server/src/modules/volunteer-imports/import-workers.ts';
import { writeInventedRosterFile } from '../apps/server/src/modules/volunteer-imports/invented-roster.ts';
import { resolveMasterKey } from '../apps/server/src/secrets/master-key.ts';
import { createOrganization, setUpInstallation } from '../apps/server/test/factories.ts';

const ROWS = 100_000;
const RSS_SAMPLE_MS = 50;
const BASELINE_FLAG = '--import-roster-baseline';
const IMPORT_FLAG = '--import-roster-run';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function importRosterBench(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-import-bench-'));
  try {
    const file = path.join(dir, 'roster.xlsx');
    await writeInventedRosterFile(file, ROWS);
    const before = (await child(BASELINE_FLAG, file)).seconds as number;
    const run = await child(IMPORT_FLAG, file);
    const after = (await child(BASELINE_FLAG, file)).seconds as number;
    const baseline = (before + after) / 2;
    const seconds = run.seconds as number;
    return {
      name: 'import.roster_100k',
      seconds,
      baseline_exceljs_read_seconds: round(baseline),
      peak_rss_mb: run.peak_rss_mb,
      preview_peak_rss_mb: run.preview_peak_rss_mb,
      preview_seconds: run.preview_seconds,
      commit_seconds: run.commit_seconds,
      ratio_to_baseline: round(seconds / baseline),
      file_mb: round(fs.statSync(file).size / 1024 / 1024),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs this file in a child process in the given mode and returns the JSON line it prints. */
async function child(flag: string, file: string): Promise<Record<string, unknown>> {
  const running = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, flag, file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  running.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((resolve) => running.once('exit', resolve));
  const line = output.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !line.startsWith('{')) throw new Error(`import bench ${flag} exited with ${code}: ${output}`);
  return JSON.parse(line) as Record<string, unknown>;
}

/** What exceljs alone needs to stream through every row of the file, with the reader options the import uses. */
async function exceljsRead(file: string): Promise<Record<string, unknown>> {
  const roster = fs.readFileSync(file);
  const started = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([roster]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  for await (const sheet of reader) for await (const _row of sheet);
  return { seconds: (performance.now() - started) / 1000 };
}

/** Uploads the roster to a fresh installation, commits it and waits until it is done, sampling the RSS meanwhile. */
async function importRoster(file: string): Promise<Record<string, unknown>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-import-bench-data-'));
  try {
    const config = { ...loadConfig({ LIANDONG_DATA_DIR: dataDir }), logLevel: 'silent' as const };
    config.masterKey = resolveMasterKey({ env: process.env, dataDir, log: () => {} });
    const db = createDb(config.database);
    await migrateToLatest(db);
    const app = await buildApp({ db, config });
    // As `liandong serve` does once it is listening, long before anyone uploads a roster.
    await prepareImportWorkers();
    const { admin } = await setUpInstallation(app);
    const federation = await createOrganization(admin, null, { name: '压测义工联', kind: 'volunteer_federation' });
    const roster = fs.readFileSync(file);

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, RSS_SAMPLE_MS);
    const started = performance.now();
    const preview = await admin.request('POST', `/api/organizations/${federation.id}/volunteer-imports`, roster, {
      'content-type': XLSX,
      'x-file-name': encodeURIComponent('roster-100k.xlsx'),
    });
    const previewed = preview.json() as { id: string; problemCount: number };
    if (preview.statusCode !== 201 || previewed.problemCount !== 0)
      throw new Error(`preview failed: ${preview.statusCode} ${preview.body.slice(0, 500)}`);
    const previewDone = performance.now();
    const previewPeakRss = Math.max(peakRss, process.memoryUsage().rss);
    const commit = await admin.post(`/api/volunteer-imports/${previewed.id}/commit`, {});
    if (commit.statusCode !== 202) throw new Error(`commit failed: ${commit.statusCode} ${commit.body}`);
    let status = 'running';
    let imported = 0;
    while (status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, RSS_SAMPLE_MS));
      const body = (await admin.get(`/api/volunteer-imports/${previewed.id}`)).json() as {
        status: string;
        importedRows: number;
      };
      ({ status, importedRows: imported } = body);
    }
    const finished = performance.now();
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (status !== 'done' || imported !== ROWS) throw new Error(`import ended ${status} with ${imported} rows`);
    await app.close();
    await db.destroy();
    return {
      seconds: round((finished - started) / 1000),
      preview_seconds: round((previewDone - started) / 1000),
      commit_seconds: round((finished - previewDone) / 1000),
      peak_rss_mb: Math.round(peakRss / 1024 / 1024),
      preview_peak_rss_mb: Math.round(previewPeakRss / 1024 / 1024),
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

const mode = process.argv.find((arg) => arg === BASELINE_FLAG || arg === IMPORT_FLAG);
if (mode) {
  const file = process.argv[process.argv.indexOf(mode) + 1]!;
  console.log(JSON.stringify(mode === BASELINE_FLAG ? await exceljsRead(file) : await importRoster(file)));
}
