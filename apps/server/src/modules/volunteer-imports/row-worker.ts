import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Keys } from '../../secrets/keys.ts';
import { createRowProcessor, type ProcessedBatch, type RowProcessingContext } from './process-rows.ts';
import { decodeRosterRows } from './roster-row-codec.ts';

/**
 * A batch this big starts the worker; smaller ones are processed inline unless it is already running. A roster that
 * fits one smaller batch is done before a worker would have started.
 */
export const WORKER_MIN_BATCH = 1000;

// The worker runs TypeScript like the rest of the server: it registers tsx's ESM hooks in its own thread (hooks
// registered in the main thread do not reach workers), then imports process-rows-worker.ts. The paths are
// absolute, so neither the working directory nor the way the server was started matters.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi)
  .then((api) => { api.register(); return import(workerData.module); })
  .catch((error) => setImmediate(() => { throw error; }));
`;

function workerUrls() {
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  return {
    tsxApi: pathToFileURL(tsxPackage.replace(/package\.json$/, 'dist/esm/api/index.mjs')).href,
    module: new URL('./process-rows-worker.ts', import.meta.url).href,
  };
}

export interface RowWorker {
  /**
   * Checks and seals a batch of `count` rows (encoded by encodeRosterRows), in the worker thread when the batch
   * is big enough or the worker already runs.
   */
  process(rows: string, count: number): Promise<ProcessedBatch>;
  /** How many batches the worker processed and how many were processed inline (small, or after the worker failed). */
  counts(): { worker: number; inline: number };
  close(): Promise<void>;
}

/**
 * Checks and seals roster rows off the main thread: that work costs more than exceljs's reading of the file, so a
 * worker does it while the main thread reads the next rows. Should the worker fail to start or die, its batches are
 * processed inline instead: slower, never wrong.
 */
export function createRowWorker(keys: Keys, masterKey: Buffer, context: RowProcessingContext): RowWorker {
  let inlineProcessor: ReturnType<typeof createRowProcessor> | null = null;
  const counts = { worker: 0, inline: 0 };
  const processInline = (rows: string) => {
    counts.inline++;
    inlineProcessor ??= createRowProcessor(keys, context);
    return inlineProcessor(decodeRosterRows(rows));
  };
  const pending = new Map<number, { rows: string; resolve: (batch: ProcessedBatch) => void }>();
  let worker: Worker | null = null;
  let failed = false;
  let nextId = 0;

  const fail = () => {
    failed = true;
    for (const [id, { rows, resolve }] of pending) {
      pending.delete(id);
      resolve(processInline(rows));
    }
  };

  function started(): Worker {
    if (worker) return worker;
    const created = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { ...workerUrls(), masterKey, context },
      // The worker's live data is small (a batch or two and the name cache); without a limit its heap grows
      // with garbage and the import's memory with it. Running out only ends the worker: the rest goes inline.
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
    });
    created.on('message', ({ id, batch }: { id: number; batch: ProcessedBatch }) => {
      counts.worker++;
      pending.get(id)?.resolve(batch);
      pending.delete(id);
    });
    created.on('error', fail);
    created.on('exit', fail);
    worker = created;
    return created;
  }

  return {
    process(rows, count) {
      if (failed || (!worker && count < WORKER_MIN_BATCH)) return Promise.resolve(processInline(rows));
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { rows, resolve });
        started().postMessage({ id, rows });
      });
    },
    counts: () => ({ ...counts }),
    async close() {
      const running = worker;
      worker = null;
      failed = true;
      if (running) {
        running.removeAllListeners('exit');
        await running.terminate();
      }
    },
  };
}
