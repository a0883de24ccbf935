// Entry point of the commit's worker thread (see commit-worker.ts): reads the staged rows, seals them for the
// volunteers table and posts them in order, a few batches ahead of the main thread's writing.
import { parentPort, workerData } from 'node:worker_threads';
import { createKeys } from '../../secrets/keys.ts';
import { boundedPoster } from './bounded-poster.ts';
import { type CommitWorkerData, type CommitWorkerMessage, SEALED_BATCHES_AHEAD } from './commit-worker-protocol.ts';
import { createRowSealer, encodeSealedRows } from './seal-rows.ts';
import { readStagedBatches } from './staged-rows.ts';

const { masterKey, stagedFile, batchRows } = workerData as CommitWorkerData;
const port = parentPort!;
const keys = createKeys(Buffer.from(masterKey));
const seal = createRowSealer(keys);

// The main thread answers each batch it takes; the end is posted outside that count, and not answered.
const poster = boundedPoster<CommitWorkerMessage>(port, SEALED_BATCHES_AHEAD);

async function sealAndHandOver() {
  for await (const batch of readStagedBatches(stagedFile, keys, batchRows))
    await poster.post({ kind: 'sealed', count: batch.length, rows: encodeSealedRows(seal(batch)) });
  port.postMessage({ kind: 'done' } satisfies CommitWorkerMessage);
}

// No top-level await: the thread runs as a CommonJS bundle (see import-workers.ts). An error (a staged file that
// cannot be read or opened) is thrown outside the promise, so that it ends the thread; the main thread then reads
// on by itself and meets the same error.
sealAndHandOver().catch((error) =>
  setImmediate(() => {
    throw error;
  }),
);
