import { defaultRegistrySettings } from '@liandong/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeys } from '../../secrets/keys.ts';
import { inventedPerson, rosterRowOf } from './invented-roster.ts';
import { createRowProcessor, type RowProcessingContext } from './process-rows.ts';
import type { RosterRow } from './roster-reader.ts';
import { encodeRosterRows } from './roster-row-codec.ts';
import { createRowWorker, type RowWorker, WORKER_MIN_BATCH } from './row-worker.ts';
import { decodeStagedRow } from './staged-rows.ts';

const masterKey = Buffer.alloc(32, 7);
const keys = createKeys(masterKey);
const context: RowProcessingContext = { settings: defaultRegistrySettings(), teams: [], today: '2026-11-23' };
const rosterRows = (count: number, first = 0): RosterRow[] =>
  Array.from({ length: count }, (_, index) => ({ row: index + 2, cells: rosterRowOf(inventedPerson(first + index)) }));
const stagedOf = (text: string) => text.split('\n').filter(Boolean).map(decodeStagedRow);

describe('createRowWorker', () => {
  let worker: RowWorker | null = null;
  afterEach(async () => {
    await worker?.close();
    worker = null;
  });

  it('checks and seals big batches in a worker thread exactly as inline processing does', async () => {
    worker = createRowWorker(keys, masterKey, context);
    const rows = rosterRows(WORKER_MIN_BATCH + 10);
    // One row with a problem: reported and hashed, not staged.
    rows[3]!.cells[5] = '12345';
    // Once the worker runs, a smaller batch (the end of the file) goes to it too.
    const [fromWorker, last] = await Promise.all([
      worker.process(encodeRosterRows(rows), rows.length),
      worker.process(encodeRosterRows(rosterRows(20, 9000)), 20),
    ]);
    expect(worker.counts()).toEqual({ worker: 2, inline: 0 });
    expect(last.stagedRows).toBe(20);

    const inline = createRowProcessor(keys, context)(rows);
    expect(fromWorker.problems).toEqual([{ row: 5, column: 'phone', code: 'phone_invalid' }]);
    expect(fromWorker.problems).toEqual(inline.problems);
    expect(fromWorker.rows).toEqual(inline.rows);
    expect(fromWorker.rows).toHaveLength(rows.length);
    expect(fromWorker.idNumberHashes).toEqual(inline.idNumberHashes);
    expect(fromWorker.stagedRows).toBe(rows.length - 1);
    const staged = stagedOf(fromWorker.stagedText);
    const expected = stagedOf(inline.stagedText);
    expect(staged.map((row) => row.row)).toEqual(rows.filter((_, index) => index !== 3).map((row) => row.row));
    for (const [index, row] of staged.entries()) {
      const person = inventedPerson(row.row - 2);
      // Fresh IVs make every ciphertext different; the same key opens them.
      expect(keys.decrypt(row.idNumberCipher)).toBe(person.idNumber);
      expect(keys.decrypt(row.phoneCipher)).toBe(person.phone);
      expect({ ...row, idNumberCipher: '', phoneCipher: '' }).toEqual({
        ...expected[index],
        idNumberCipher: '',
        phoneCipher: '',
      });
    }
  });

  it('processes a small roster inline, without starting a worker', async () => {
    worker = createRowWorker(keys, masterKey, context);
    const batch = await worker.process(encodeRosterRows(rosterRows(3)), 3);
    expect(worker.counts()).toEqual({ worker: 0, inline: 1 });
    expect(stagedOf(batch.stagedText).map((row) => row.name)).toEqual([0, 1, 2].map((i) => inventedPerson(i).name));
  });

  it('falls back to processing inline when the worker fails to start', async () => {
    // A master key of the wrong length makes the worker throw as it starts; the batch is still processed, inline.
    worker = createRowWorker(keys, Buffer.alloc(3), context);
    const batch = await worker.process(encodeRosterRows(rosterRows(WORKER_MIN_BATCH)), WORKER_MIN_BATCH);
    expect(worker.counts()).toEqual({ worker: 0, inline: 1 });
    expect(batch.idNumberHashes[7]).toBe(keys.lookupHash('id_number', inventedPerson(7).idNumber));
    expect(batch.stagedRows).toBe(WORKER_MIN_BATCH);
  });
});
