// Entry point of the preview's worker thread (see roster-worker.ts): reads the roster, then checks and seals batches
// of its rows itself or hands them to the main thread raw, whichever thread is free.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../http/app-error.ts';
import { createKeys } from '../../secrets/keys.ts';
import { createRowProcessor } from './process-rows.ts';
import { type RosterRow, readRoster } from './roster-reader.ts';
import { encodeRosterRows } from './roster-row-codec.ts';
import {
  RAW_BATCHES_AHEAD,
  ROWS_PER_BATCH,
  type RosterWorkerAnswer,
  type RosterWorkerData,
  type RosterWorkerMessage,
  UNANSWERED_BATCHES_MAX,
} from './roster-worker-protocol.ts';

const { masterKey, context, buffer, fileName } = workerData as RosterWorkerData;
const port = parentPort!;
const processRows = createRowProcessor(createKeys(Buffer.from(masterKey)), context);

// Batches posted and not yet taken by the main thread, of them raw ones; each is answered once it is taken.
let unanswered = 0;
let unansweredRaw = 0;
let answered: (() => void) | null = null;
port.on('message', ({ taken }: RosterWorkerAnswer) => {
  unanswered--;
  if (taken === 'raw') unansweredRaw--;
  answered?.();
  answered = null;
});

const post = (message: RosterWorkerMessage) => port.postMessage(message);

async function handOver(rows: RosterRow[]) {
  // Bounds what waits in the main thread when it falls behind.
  while (unanswered >= UNANSWERED_BATCHES_MAX) await new Promise<void>((resolve) => (answered = resolve));
  unanswered++;
  // The main thread mostly waits: it checks batches as long as it has few in hand, this thread the rest.
  if (unansweredRaw < RAW_BATCHES_AHEAD) {
    unansweredRaw++;
    post({ kind: 'raw', count: rows.length, rows: encodeRosterRows(rows) });
  } else post({ kind: 'processed', count: rows.length, batch: processRows(rows) });
}

async function readAndHandOver() {
  try {
    let rows: RosterRow[] = [];
    for await (const read of readRoster(Buffer.from(buffer), fileName)) {
      for (const row of read) rows.push(row);
      if (rows.length >= ROWS_PER_BATCH) {
        await handOver(rows);
        rows = [];
      }
    }
    if (rows.length > 0) await handOver(rows);
    post({ kind: 'done' });
  } catch (error) {
    // A refused file is an answer for the user; anything else ends the thread and the main thread reads on alone.
    if (!(error instanceof AppError)) throw error;
    post({ kind: 'refused', code: error.code, status: error.status, details: error.details });
  }
}

// No top-level await: the thread runs as a CommonJS bundle (see roster-worker.ts). An unexpected error is thrown
// outside the promise, so that it ends the thread as an uncaught exception.
readAndHandOver().catch((error) =>
  setImmediate(() => {
    throw error;
  }),
);
