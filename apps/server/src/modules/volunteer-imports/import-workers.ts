import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

/** The threads an import runs beside the main thread: the preview's reading and checking, the commit's sealing. */
export type ImportWorkerEntry = 'roster-reader-thread.ts' | 'roster-checker-thread.ts' | 'commit-worker-thread.ts';

const scripts = new Map<ImportWorkerEntry, Promise<string>>();

/**
 * A worker's code, its entry file with everything it imports, as one plain-JavaScript script: bundled by esbuild the
 * first time it is needed (about half a second) and kept for the life of the process. Loading the TypeScript
 * through tsx instead would start tsx's loader thread in every worker, a second of start-up and tens of megabytes.
 */
export function bundledWorkerScript(entry: ImportWorkerEntry): Promise<string> {
  let script = scripts.get(entry);
  if (!script) {
    script = build({
      entryPoints: [fileURLToPath(new URL(`./${entry}`, import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0]!.text);
    scripts.set(entry, script);
    // A failed build is tried again by the next import; this one works on the main thread.
    script.catch(() => scripts.delete(entry));
  }
  return script;
}

/**
 * Bundles the workers' code ahead of the first big import, which then does not wait for it: the server calls this
 * once it is listening. Never fails; a bundle that failed is tried again when an import needs it.
 */
export async function prepareImportWorkers(): Promise<void> {
  for (const entry of ['roster-reader-thread.ts', 'roster-checker-thread.ts', 'commit-worker-thread.ts'] as const)
    await bundledWorkerScript(entry).catch(() => {});
}

/**
 * What a worker posts, in order: `next()` resolves with the next message, or with undefined once the worker has
 * ended (done, failed or terminated) and every message before that was taken.
 */
export function workerInbox<T>(worker: Worker): { next: () => Promise<T | undefined> } {
  const messages: T[] = [];
  let ended = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (message: T) => {
    messages.push(message);
    notify();
  });
  const end = () => {
    ended = true;
    notify();
  };
  worker.on('error', end);
  worker.on('exit', end);
  return {
    async next() {
      while (messages.length === 0 && !ended) await new Promise<void>((resolve) => (wake = resolve));
      return messages.shift();
    },
  };
}

/**
 * The batches a worker posts through `inbox`, in order, each answered with 'taken' (the worker's back-pressure, see
 * bounded-poster.ts) until its `done`. `take` turns a message into its batch and row count, and may throw (a
 * refusal). Should the worker end before `done` (it failed, ran out of heap, or was terminated), the rest comes
 * from `readOn`, given how many rows were received: the main thread goes on from the first row it has not had.
 */
export async function* batchesFromWorker<Message extends { kind: string }, Batch>(
  worker: Worker,
  inbox: { next: () => Promise<Message | undefined> },
  take: (message: Exclude<Message, { kind: 'done' }>) => { rows: number; batch: Batch },
  readOn: (received: number) => AsyncGenerator<Batch>,
): AsyncGenerator<Batch> {
  let received = 0;
  for (;;) {
    const message = await inbox.next();
    if (message === undefined) {
      yield* readOn(received);
      return;
    }
    if (message.kind === 'done') return;
    const { rows, batch } = take(message as Exclude<Message, { kind: 'done' }>);
    received += rows;
    worker.postMessage('taken');
    yield batch;
  }
}
