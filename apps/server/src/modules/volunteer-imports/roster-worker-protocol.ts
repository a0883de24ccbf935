// What roster-worker.ts and its thread (roster-worker-thread.ts) share. Kept apart so the thread's bundle holds
// nothing of the code that starts it.
import type { ErrorCode } from '@liandong/domain';
import type { ProcessedBatch, RowProcessingContext } from './process-rows.ts';

/** Rows per batch handed between the threads. */
export const ROWS_PER_BATCH = 1000;
/** Raw batches the main thread may have in hand: enough that it never waits for the next while the worker reads. */
export const RAW_BATCHES_AHEAD = 2;
/** Batches the worker may post before the main thread takes them. */
export const UNANSWERED_BATCHES_MAX = 8;

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

/** What the main thread answers for each batch it takes. */
export interface RosterWorkerAnswer {
  taken: 'raw' | 'processed';
}
