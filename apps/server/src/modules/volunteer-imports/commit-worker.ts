import { Worker } from 'node:worker_threads';
import type { Keys } from '../../secrets/keys.ts';
import type { CommitWorkerData, CommitWorkerMessage } from './commit-worker-protocol.ts';
import { batchesFromWorker, bundledWorkerScript, workerInbox } from './import-workers.ts';
import { createRowSealer, decodeSealedRows, type SealedVolunteer } from './seal-rows.ts';
import { readStagedBatches } from './staged-rows.ts';

/** Imports smaller than this are sealed on the main thread: done before a worker would have started. */
export const COMMIT_WORKER_MIN_ROWS = 2_000;

// Sealing keeps little: a few batches in hand. The bound only keeps a fault from growing the process; running out of
// heap ends the worker and the main thread seals the rest. The young generation is sized for the sealing's
// short-lived buffers and strings: at 16 MB the worker spent a fifth of its time collecting them.
const WORKER_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 32 };

export interface SealStagedInput {
  stagedFile: string;
  keys: Keys;
  /** For the worker thread, which derives the same keys in its own thread. */
  masterKey: Buffer;
  /** How many rows the file holds (from the preview), which decides whether a worker is worth starting. */
  stagedRows: number;
  batchRows: number;
  /** Imports this big and bigger are sealed in a worker (default COMMIT_WORKER_MIN_ROWS). */
  workerMinRows?: number;
  /** Called with the worker once started; tests use it to end the worker part way. */
  onWorkerStarted?: (worker: Worker) => void;
}

/**
 * The staged rows of an import sealed for the volunteers table (see seal-rows.ts), in batches of `batchRows`, in row
 * order. A big import is sealed in a worker thread, so the sealing (two encryptions per row) runs beside the main
 * thread's writing instead of before it. Should the worker fail to start or
 * die, the main thread seals on from the first row it has not received: slower, never different.
 */
export function sealStagedRows(input: SealStagedInput): {
  batches: AsyncGenerator<SealedVolunteer[]>;
  /** Rows sealed in the worker and on the main thread; for tests. */
  counts(): { worker: number; main: number };
} {
  const counts = { worker: 0, main: 0 };

  async function* inline(skip: number): AsyncGenerator<SealedVolunteer[]> {
    const seal = createRowSealer(input.keys);
    for await (const staged of readStagedBatches(input.stagedFile, input.keys, input.batchRows, skip)) {
      counts.main += staged.length;
      yield seal(staged);
    }
  }

  async function* viaWorker(): AsyncGenerator<SealedVolunteer[]> {
    let script: string;
    try {
      script = await bundledWorkerScript('commit-worker-thread.ts');
    } catch {
      yield* inline(0);
      return;
    }
    const data: CommitWorkerData = {
      masterKey: input.masterKey,
      stagedFile: input.stagedFile,
      batchRows: input.batchRows,
    };
    const worker = new Worker(script, { eval: true, workerData: data, resourceLimits: WORKER_HEAP });
    const inbox = workerInbox<CommitWorkerMessage>(worker);
    input.onWorkerStarted?.(worker);
    const take = (message: Extract<CommitWorkerMessage, { kind: 'sealed' }>) => {
      counts.worker += message.count;
      return { rows: message.count, batch: decodeSealedRows(message.rows) };
    };
    try {
      yield* batchesFromWorker(worker, inbox, take, inline);
    } finally {
      await worker.terminate();
    }
  }

  const useWorker = input.stagedRows >= (input.workerMinRows ?? COMMIT_WORKER_MIN_ROWS);
  return { batches: useWorker ? viaWorker() : inline(0), counts: () => ({ ...counts }) };
}
