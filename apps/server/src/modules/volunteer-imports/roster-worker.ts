import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { AppError } from '../../http/app-error.ts';
import type { Keys } from '../../secrets/keys.ts';
import { createRowProcessor, type ProcessedBatch, type RowProcessingContext } from './process-rows.ts';
import { type RosterRow, readRoster } from './roster-reader.ts';
import { decodeRosterRows } from './roster-row-codec.ts';
import {
  ROWS_PER_BATCH,
  type RosterWorkerAnswer,
  type RosterWorkerData,
  type RosterWorkerMessage,
} from './roster-worker-protocol.ts';

/** Files smaller than this are read on the main thread: done before a worker would have started. */
export const WORKER_MIN_BYTES = 256 * 1024;

// The worker's heap is bounded, so exceljs's garbage is collected as it goes instead of growing the process by
// hundreds of megabytes, as it does in the main thread's far larger heap. Its live data is mostly the workbook's
// shared strings: at 96 MB a 100,000-row roster of distinct ID and phone numbers ran it out of heap. The young
// generation is sized for exceljs's short-lived objects, made by the million: at 24 MB the worker spent a third of
// its time collecting them; 64 MB was no faster than 32 and cost the process some 40 MB more. Running out of heap (a roster near the row limit may) only ends the worker: the main
// thread reads on from there.
const WORKER_HEAP = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 32 };

let workerScript: Promise<string> | null = null;

/**
 * The worker's code, roster-worker-thread.ts with everything it imports, as one plain-JavaScript script: bundled by
 * esbuild the first time a big roster comes (about half a second) and kept for the life of the process. Loading
 * the TypeScript through tsx instead would start tsx's loader thread in every worker, a second of start-up and tens
 * of megabytes per import.
 */
function bundledWorkerScript(): Promise<string> {
  workerScript ??= build({
    entryPoints: [fileURLToPath(new URL('./roster-worker-thread.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  // A failed build is tried again by the next import; this one reads on the main thread.
  workerScript.catch(() => {
    workerScript = null;
  });
  return workerScript;
}

/**
 * Bundles the worker's code ahead of the first big import, which then does not wait for it: the server calls this
 * once it is listening. Never fails; a bundle that failed is tried again when an import needs it.
 */
export async function prepareRosterWorker(): Promise<void> {
  await bundledWorkerScript().catch(() => {});
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
    let script: string;
    try {
      script = await bundledWorkerScript();
    } catch {
      yield* inline(0);
      return;
    }
    const worker = new Worker(script, { eval: true, workerData: data, resourceLimits: WORKER_HEAP });
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
        worker.postMessage({ taken: message.kind } satisfies RosterWorkerAnswer);
        yield batch;
      }
    } finally {
      await worker.terminate();
    }
  }

  const useWorker = input.buffer.length >= (input.workerMinBytes ?? WORKER_MIN_BYTES);
  return { batches: useWorker ? viaWorker() : inline(0), counts: () => ({ ...counts }) };
}
