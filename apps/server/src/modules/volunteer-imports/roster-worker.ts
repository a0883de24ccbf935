import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '@liandong/domain';
import { AppError } from '../../http/app-error.ts';
import type { Keys } from '../../secrets/keys.ts';
import { createRowProcessor, type ProcessedBatch, type RowProcessingContext } from './process-rows.ts';
import { type RosterRow, readRoster } from './roster-reader.ts';
import { decodeRosterRows } from './roster-row-codec.ts';

/** Rows per batch handed between the threads. */
export const ROWS_PER_BATCH = 1000;
/** Raw batches the main thread may have in hand: enough that it never waits for the next while the worker reads. */
export const RAW_BATCHES_AHEAD = 2;
/** Batches the worker may post before the main thread takes them. */
export const UNANSWERED_BATCHES_MAX = 8;
/** Files smaller than this are read on the main thread: done before a worker would have started. */
export const WORKER_MIN_BYTES = 256 * 1024;

// The worker's heap is bounded, so exceljs's garbage is collected as it goes instead of growing the process by
// hundreds of megabytes, as it does in the main thread's far larger heap. Its live data is mostly the workbook's
// shared strings: at 96 MB a 100,000-row roster of distinct ID and phone numbers ran it out of heap. The young
// generation is large because exceljs makes short-lived objects by the million: at 24 MB the worker spent a third of
// its time collecting them. Running out of heap (a roster near the row limit may) only ends the worker: the main
// thread reads on from there.
const WORKER_HEAP = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 64 };

export interface RosterWorkerData {
  masterKey: Uint8Array;
  context: RowProcessingContext;
  buffer: Uint8Array;
  fileName: string;
}

/** What the worker posts, in row order: batches raw (for the main thread to check) or checked, then the end. */
export type RosterWorkerMessage =
  | { kind: 'raw'; count: number; rows: string }
  | { kind: 'processed'; count: number; batch: ProcessedBatch }
  | { kind: 'done' }
  | { kind: 'refused'; code: ErrorCode; status: number; details: unknown };

// The worker runs TypeScript like the rest of the server: it registers tsx's ESM hooks in its own thread (hooks
// registered in the main thread do not reach workers), then imports roster-worker-thread.ts. The paths are
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
    module: new URL('./roster-worker-thread.ts', import.meta.url).href,
  };
}

export interface ProcessRosterInput {
  buffer: Buffer;
  fileName: string;
  keys: Keys;
  /** For the worker thread, which derives the same keys in its own thread. */
  masterKey: Buffer;
  context: RowProcessingContext;
  /** Files this big and bigger go to a worker (default WORKER_MIN_BYTES). */
  workerMinBytes?: number;
  /** Called with the worker once started; tests use it to end the worker part way. */
  onWorkerStarted?: (worker: Worker) => void;
}

export interface RosterProcessing {
  /** Every data row of the roster checked and sealed, in row order; refuses a file as readRoster does. */
  batches: AsyncGenerator<ProcessedBatch>;
  /**
   * Rows the worker read (`workerRead`), of them checked in the worker (`workerChecked`), and rows the main thread
   * read itself (a small file, or the rest after the worker failed); for tests.
   */
  counts(): { workerRead: number; workerChecked: number; mainRead: number };
}

/**
 * Reads a roster and checks and seals its rows (see process-rows.ts). A big file is read in a worker thread, which
 * keeps exceljs's garbage out of the main heap; reading and checking cost about the same, so the worker hands
 * batches raw to the main thread while it has few in hand and checks the rest itself, keeping both threads busy.
 * Should the worker fail to start or die, the main thread reads on from the first row it has not received: slower,
 * never wrong.
 */
export function processRoster(input: ProcessRosterInput): RosterProcessing {
  const counts = { workerRead: 0, workerChecked: 0, mainRead: 0 };
  let inlineProcessor: ReturnType<typeof createRowProcessor> | null = null;
  const processInline = (rows: RosterRow[]) => {
    inlineProcessor ??= createRowProcessor(input.keys, input.context);
    return inlineProcessor(rows);
  };

  async function* inline(skipRows: number): AsyncGenerator<ProcessedBatch> {
    let skip = skipRows;
    let rows: RosterRow[] = [];
    for await (const read of readRoster(input.buffer, input.fileName)) {
      for (const row of read) {
        if (skip > 0) skip--;
        else {
          rows.push(row);
          counts.mainRead++;
        }
      }
      if (rows.length >= ROWS_PER_BATCH) {
        yield processInline(rows);
        rows = [];
      }
    }
    if (rows.length > 0) yield processInline(rows);
  }

  async function* viaWorker(): AsyncGenerator<ProcessedBatch> {
    const messages: RosterWorkerMessage[] = [];
    let ended = false;
    let wake: (() => void) | null = null;
    const notify = () => {
      wake?.();
      wake = null;
    };
    const data: RosterWorkerData = {
      masterKey: input.masterKey,
      context: input.context,
      buffer: input.buffer,
      fileName: input.fileName,
    };
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { ...workerUrls(), ...data },
      resourceLimits: WORKER_HEAP,
    });
    worker.on('message', (message: RosterWorkerMessage) => {
      messages.push(message);
      notify();
    });
    const end = () => {
      ended = true;
      notify();
    };
    worker.on('error', end);
    worker.on('exit', end);
    input.onWorkerStarted?.(worker);
    try {
      for (;;) {
        while (messages.length === 0 && !ended) await new Promise<void>((resolve) => (wake = resolve));
        const message = messages.shift();
        if (message === undefined) {
          yield* inline(counts.workerRead);
          return;
        }
        if (message.kind === 'done') return;
        if (message.kind === 'refused') throw new AppError(message.code, message.status, message.details);
        counts.workerRead += message.count;
        let batch: ProcessedBatch;
        if (message.kind === 'raw') batch = processInline(decodeRosterRows(message.rows));
        else {
          counts.workerChecked += message.count;
          batch = message.batch;
        }
        worker.postMessage({ taken: message.kind });
        yield batch;
      }
    } finally {
      await worker.terminate();
    }
  }

  const useWorker = input.buffer.length >= (input.workerMinBytes ?? WORKER_MIN_BYTES);
  return { batches: useWorker ? viaWorker() : inline(0), counts: () => ({ ...counts }) };
}
