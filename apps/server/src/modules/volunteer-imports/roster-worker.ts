import { MessageChannel, Worker } from 'node:worker_threads';
import { AppError } from '../../http/app-error.ts';
import type { Keys } from '../../secrets/keys.ts';
import { batchesFromWorker, bundledWorkerScript, workerInbox } from './import-workers.ts';
import { createRowProcessor, type ProcessedBatch, type RowProcessingContext } from './process-rows.ts';
import { type RosterRow, readRoster } from './roster-reader.ts';
import {
  ROWS_PER_BATCH,
  type RosterCheckerData,
  type RosterCheckerMessage,
  type RosterReaderData,
} from './roster-worker-protocol.ts';

/** Files smaller than this are read on the main thread: done before the workers would have started. */
export const WORKER_MIN_BYTES = 256 * 1024;

// The workers' heaps are bounded, so their garbage is collected as it goes instead of growing the process by
// hundreds of megabytes, as it does in the main thread's far larger heap. The reader's live data is mostly the
// workbook's shared strings: at 96 MB a 100,000-row roster of distinct ID and phone numbers ran it out of heap. The
// checker keeps little: a few batches and the names' search texts. Running out of heap (a roster near the row limit
// may) only ends a worker: the main thread reads on from there.
const READER_HEAP = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 32 };
const CHECKER_HEAP = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 };

export interface ProcessRosterInput {
  buffer: Buffer;
  fileName: string;
  keys: Keys;
  /** For the checking thread, which derives the same keys in its own thread. */
  masterKey: Buffer;
  context: RowProcessingContext;
  /** Files this big and bigger go to the workers (default WORKER_MIN_BYTES). */
  workerMinBytes?: number;
  /** Called with the workers once started; tests use it to end one part way. */
  onWorkersStarted?: (workers: { reader: Worker; checker: Worker }) => void;
  /** See RosterReaderData; for tests. */
  readerChecksFrom?: number;
}

export interface RosterProcessing {
  /** Every data row of the roster checked, in row order; refuses a file as readRoster does. */
  batches: AsyncGenerator<ProcessedBatch>;
  /**
   * Rows the workers read (`workerRead`), of them checked by the reader itself (`readerChecked`, see
   * roster-reader-thread.ts), and rows the main thread read itself (a small file, or the rest after a worker
   * failed); for tests.
   */
  counts(): { workerRead: number; readerChecked: number; mainRead: number };
}

/**
 * Reads a roster and checks its rows (see process-rows.ts). A big file is read in one worker thread and checked in
 * another, which the reader helps when it falls behind (see roster-reader-thread.ts): both run at once, and their
 * garbage stays out of the main heap, which only takes the checked batches. Should a worker fail to start or die, the main thread reads on from
 * the first row it has not received: slower, never wrong.
 */
export function processRoster(input: ProcessRosterInput): RosterProcessing {
  const counts = { workerRead: 0, readerChecked: 0, mainRead: 0 };
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

  async function* viaWorkers(): AsyncGenerator<ProcessedBatch> {
    let scripts: [string, string];
    try {
      scripts = await Promise.all([
        bundledWorkerScript('roster-reader-thread.ts'),
        bundledWorkerScript('roster-checker-thread.ts'),
      ]);
    } catch {
      yield* inline(0);
      return;
    }
    const { port1, port2 } = new MessageChannel();
    const readerData: RosterReaderData = {
      buffer: input.buffer,
      fileName: input.fileName,
      port: port1,
      masterKey: input.masterKey,
      context: input.context,
      checksFrom: input.readerChecksFrom,
    };
    const checkerData: RosterCheckerData = { masterKey: input.masterKey, context: input.context, port: port2 };
    const reader = new Worker(scripts[0], {
      eval: true,
      workerData: readerData,
      transferList: [port1],
      resourceLimits: READER_HEAP,
    });
    const checker = new Worker(scripts[1], {
      eval: true,
      workerData: checkerData,
      transferList: [port2],
      resourceLimits: CHECKER_HEAP,
    });
    // The checker passes on everything the reader posts, and the reader only ends when it is ended. Should it end
    // otherwise (it failed, or ran out of heap), the checker is ended too, so that the inbox ends and the main
    // thread reads on.
    reader.once('exit', () => void checker.terminate());
    // Heard, so that a failing reader does not take the process with it as an unhandled error; 'exit' follows.
    reader.on('error', () => {});
    const inbox = workerInbox<RosterCheckerMessage>(checker);
    input.onWorkersStarted?.({ reader, checker });
    const take = (message: Exclude<RosterCheckerMessage, { kind: 'done' }>) => {
      if (message.kind === 'refused') throw new AppError(message.code, message.status, message.details);
      counts.workerRead += message.count;
      if (message.by === 'reader') counts.readerChecked += message.count;
      return { rows: message.count, batch: message.batch };
    };
    try {
      yield* batchesFromWorker(checker, inbox, take, inline);
    } finally {
      await Promise.all([reader.terminate(), checker.terminate()]);
    }
  }

  const useWorker = input.buffer.length >= (input.workerMinBytes ?? WORKER_MIN_BYTES);
  return { batches: useWorker ? viaWorkers() : inline(0), counts: () => ({ ...counts }) };
}
