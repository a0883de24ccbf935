// Entry point of the preview's worker thread (see row-worker.ts): checks and seals the batches posted to it.
import { parentPort, workerData } from 'node:worker_threads';
import { createKeys } from '../../secrets/keys.ts';
import { createRowProcessor, type RowProcessingContext } from './process-rows.ts';
import { decodeRosterRows } from './roster-row-codec.ts';

const { masterKey, context } = workerData as { masterKey: Uint8Array; context: RowProcessingContext };
const processRows = createRowProcessor(createKeys(Buffer.from(masterKey)), context);
parentPort?.on('message', ({ id, rows }: { id: number; rows: string }) => {
  parentPort?.postMessage({ id, batch: processRows(decodeRosterRows(rows)) });
});
