// What roster-worker.ts and its two threads (roster-reader-thread.ts, roster-checker-thread.ts) share. Kept apart so
// the threads' bundles hold nothing of the code that starts them.
import type { MessagePort } from 'node:worker_threads';
import type { ErrorCode } from '@liandong/domain';
import type { ProcessedBatch, RowProcessingContext } from './process-rows.ts';

/** Rows per batch handed between the threads. */
export const ROWS_PER_BATCH = 256;
/** Batches a thread may post before the next one takes them: enough that neither waits, few enough to hold little. */
export const UNANSWERED_BATCHES_MAX = 8;

export interface RosterReaderData {
  buffer: Uint8Array;
  fileName: string;
  /** To the checker. */
  port: MessagePort;
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

/** What the reader posts to the checker, in row order: batches of rows (see roster-row-codec.ts), then the end. */
export type RosterReaderMessage = { kind: 'raw'; count: number; rows: string } | RosterReadingEnd;

/** What the checker posts to the main thread, in row order: checked batches, then the end. */
export type RosterCheckerMessage = { kind: 'checked'; count: number; batch: ProcessedBatch } | RosterReadingEnd;
