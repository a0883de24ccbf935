// What commit-worker.ts and its thread (commit-worker-thread.ts) share. Kept apart so the thread's bundle holds
// nothing of the code that starts it.
/** Sealed batches the worker may post before the main thread takes them: enough that the writing never waits. */
export const SEALED_BATCHES_AHEAD = 4;

export interface CommitWorkerData {
  masterKey: Uint8Array;
  stagedFile: string;
  batchRows: number;
}

/** What the worker posts, in row order: batches of sealed rows (see encodeSealedRows), then the end. */
export type CommitWorkerMessage = { kind: 'sealed'; count: number; rows: string } | { kind: 'done' };
