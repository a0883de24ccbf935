// Entry point of the preview's reading thread (see roster-worker.ts): reads the roster and posts its rows, a batch at
// a time, to the checking thread.
//
// Reading an xlsx costs about a third of checking its rows, so the checker falls behind. Rather than wait for it,
// the reader then checks the next batch itself and posts it checked: the checker passes it on in its place, so the
// main thread still takes every batch in row order, and the two threads share the checking as their speeds allow.
import { workerData } from 'node:worker_threads';
import { AppError } from '../../http/app-error.ts';
import { createKeys } from '../../secrets/keys.ts';
import { boundedPoster } from './bounded-poster.ts';
import { createRowProcessor } from './process-rows.ts';
import { type RosterRow, readRoster } from './roster-reader.ts';
import { encodeRosterRows } from './roster-row-codec.ts';
import {
  READER_CHECKS_FROM,
  ROWS_PER_BATCH,
  type RosterReaderData,
  type RosterReaderMessage,
  UNANSWERED_BATCHES_MAX,
} from './roster-worker-protocol.ts';

const { buffer, fileName, port, masterKey, context, checksFrom = READER_CHECKS_FROM } = workerData as RosterReaderData;

// The checker answers each batch it takes, which bounds what waits in it when it falls behind; the end is posted
// outside that count, and not answered.
const poster = boundedPoster<RosterReaderMessage>(port, UNANSWERED_BATCHES_MAX);
const post = (message: RosterReaderMessage) => port.postMessage(message);

let processRows: ReturnType<typeof createRowProcessor> | null = null;

function handOver(rows: RosterRow[]) {
  if (poster.unanswered() < checksFrom)
    return poster.post({ kind: 'raw', count: rows.length, rows: encodeRosterRows(rows) });
  processRows ??= createRowProcessor(createKeys(Buffer.from(masterKey)), context);
  return poster.post({ kind: 'checked', count: rows.length, batch: processRows(rows), by: 'reader' });
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

// No top-level await: the thread runs as a CommonJS bundle (see import-workers.ts). An unexpected error is thrown
// outside the promise, so that it ends the thread as an uncaught exception.
readAndHandOver().catch((error) =>
  setImmediate(() => {
    throw error;
  }),
);
