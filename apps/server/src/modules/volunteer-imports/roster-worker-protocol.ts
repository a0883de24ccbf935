// What roster-worker.ts and its two threads (roster-reader-thread.ts, roster-checker-thread.ts) share. Kept apart so
// the threads' bundles hold nothing of the code that starts them.
import type { MessagePort } from 'node:worker_threads';
import type { ErrorCode } from '@liandong/domain';
import type { ProcessedBatch, RowProcessingContext } from './process-rows.ts';

/** Rows per batch handed between the threads. */
export const ROWS_PER_BATCH = 256;
/** Batches a thread may post before the next one takes them: enough that neither waits, few enough to hold little. */
export const UNANSWERED_BATCHES_MAX = 8;
/**
 * Once this many of the reader's batches wait in the checker, the reader checks its next batch itself (see
 * roster-reader-thread.ts).
 */
export const READER_CHECKS_FROM = 2;

export interface RosterReaderData {
  buffer: Uint8Array;
  fileName: string;
  /** To the checker. */
  port: MessagePort;
  /** For the batches the reader checks itself. */
  masterKey: Uint8Array;
  context: RowProcessingContext;
  /** Unanswered batches from which the reader checks a batch itself (default READER_CHECKS_FROM); for tests. */
  checksFrom?: number;
}

export interface RosterCheckerData {
  masterKey: Uint8Array;
  context: RowProcessingContext;
  /** From the reader. */
  port: MessagePort;
}

/** How a file's reading ends; the checker passes it on after the last batch. */
export type RosterReadingEnd =
  | { kind: 'done' }
  | { kind: 'refused'; code: ErrorCode; status: number; details: unknown };

/** A batch after checking, by the checker or by the reader. */
export interface CheckedBatchMessage {
  kind: 'checked';
  count: number;
  batch: ProcessedBatch;
  by: 'reader' | 'checker';
}

/**
 * What the reader posts to the checker, in row order: batches of rows (see roster-row-codec.ts) or batches it
 * checked itself, then the end.
 */
export type RosterReaderMessage = { kind: 'raw'; count: number; rows: string } | CheckedBatchMessage | RosterReadingEnd;

/** What the checker posts to the main thread, in row order: checked batches, then the end. */
export type RosterCheckerMessage = CheckedBatchMessage | RosterReadingEnd;
