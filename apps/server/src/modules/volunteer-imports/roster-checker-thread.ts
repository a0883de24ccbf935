// Entry point of the preview's checking thread (see roster-worker.ts): checks each batch the reading thread posts
// and passes it on to the main thread, in the order read, with the batches the reader checked itself.
import { parentPort, workerData } from 'node:worker_threads';
import { createKeys } from '../../secrets/keys.ts';
import { createRowProcessor } from './process-rows.ts';
import { decodeRosterRows } from './roster-row-codec.ts';
import {
  type RosterCheckerData,
  type RosterCheckerMessage,
  type RosterReaderMessage,
  UNANSWERED_BATCHES_MAX,
} from './roster-worker-protocol.ts';

const { masterKey, context, port } = workerData as RosterCheckerData;
const main = parentPort!;
const processRows = createRowProcessor(createKeys(Buffer.from(masterKey)), context);

// Checked batches posted and not yet taken by the main thread. While they are too many, the reader's batches are
// taken (answered) only as the main thread catches up, so the reader waits too.
let unanswered = 0;
let readerOwed = 0;
main.on('message', () => {
  unanswered--;
  if (readerOwed > 0) {
    readerOwed--;
    port.postMessage('taken');
  }
});

const post = (message: RosterCheckerMessage) => main.postMessage(message);

port.on('message', (message: RosterReaderMessage) => {
  if (message.kind === 'done' || message.kind === 'refused') {
    post(message);
    return;
  }
  if (message.kind === 'checked') post(message);
  else
    post({ kind: 'checked', count: message.count, batch: processRows(decodeRosterRows(message.rows)), by: 'checker' });
  unanswered++;
  if (unanswered < UNANSWERED_BATCHES_MAX) port.postMessage('taken');
  else readerOwed++;
});
