// Entry point of the commit's worker thread (see commit-worker.ts): reads the staged rows, seals them for the
// volunteers table and posts them in order, a few batches ahead of the main thread's writing.
import { parentPort, workerData } from 'node:worker_threads';
import { createKeys } from '../../secrets/keys.ts';
import { type CommitWorkerData, type CommitWorkerMessage, SEALED_BATCHES_AHEAD } from './commit-worker-protocol.ts';
import { createRowSealer, encodeSealedRows } from './seal-rows.ts';
import { readStagedBatches } from './staged-rows.ts';

const { masterKey, stagedFile, batchRows } = workerData as CommitWorkerData;
const port = parentPort!;
const keys = createKeys(Buffer.from(masterKey));
const seal = createRowSealer(keys);

// Batches posted and not yet taken; the main thread answers each one it takes.
let unanswered = 0;
let answered: (() => void) | null = null;
port.on('message', () => {
  unanswered--;
  answered?.();
  answered = null;
});

const post = (message: CommitWorkerMessage) => port.postMessage(message);

async function sealAndHandOver() {
  for await (const batch of readStagedBatches(stagedFile, keys, batchRows)) {
    while (unanswered >= SEALED_BATCHES_AHEAD) await new Promise<void>((resolve) => (answered = resolve));
    unanswered++;
    post({ kind: 'sealed', count: batch.length, rows: encodeSealedRows(seal(batch)) });
  }
  post({ kind: 'done' });
}

// No top-level await: the thread runs as a CommonJS bundle (see import-workers.ts). An error (a staged file that
// cannot be read or opened) is thrown outside the promise, so that it ends the thread; the main thread then reads
// on by itself and meets the same error.
sealAndHandOver().catch((error) =>
  setImmediate(() => {
    throw error;
  }),
);
