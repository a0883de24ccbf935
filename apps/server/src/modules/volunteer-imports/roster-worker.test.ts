import { defaultRegistrySettings } from '@liandong/domain';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/app-error.ts';
import { createKeys } from '../../secrets/keys.ts';
import { inventedPerson, rosterRowOf, rosterXlsx } from './invented-roster.ts';
import type { ProcessedBatch, RowProcessingContext } from './process-rows.ts';
import { type ProcessRosterInput, processRoster } from './roster-worker.ts';
import { ROWS_PER_BATCH } from './roster-worker-protocol.ts';
import { decodeStagedRow } from './staged-rows.ts';

const masterKey = Buffer.alloc(32, 7);
const keys = createKeys(masterKey);
const context: RowProcessingContext = { settings: defaultRegistrySettings(), teams: [], today: '2026-11-23' };
// Several batches and a part one.
const ROWS = ROWS_PER_BATCH * 11 + 17;

async function collect(batches: AsyncIterable<ProcessedBatch>) {
  const all: ProcessedBatch[] = [];
  for await (const batch of batches) all.push(batch);
  return {
    rowCount: all.reduce((sum, batch) => sum + batch.rowCount, 0),
    rows: all.flatMap((batch) => batch.rows),
    hashes: all.flatMap((batch) => batch.idNumberHashes),
    problems: all.flatMap((batch) => batch.problems),
    staged: all.flatMap((batch) => batch.stagedText.split('\n').filter(Boolean).map(decodeStagedRow)),
  };
}

describe('processRoster', async () => {
  const people = Array.from({ length: ROWS }, (_, index) => rosterRowOf(inventedPerson(index)));
  // One row with a problem: reported and hashed, not staged.
  people[1500]![5] = '12345';
  const file = await rosterXlsx(people);
  /** The roster read and checked in the worker threads, whatever its size. */
  const viaWorkers = (more: Partial<ProcessRosterInput> = {}) =>
    processRoster({ buffer: file, fileName: 'a.xlsx', keys, masterKey, context, workerMinBytes: 0, ...more });

  it('reads a big roster in one worker and checks it in another, exactly as inline reading does', async () => {
    const viaWorker = viaWorkers();
    const fromWorker = await collect(viaWorker.batches);
    const inline = processRoster({ buffer: file, fileName: 'a.xlsx', keys, masterKey, context });
    const fromInline = await collect(inline.batches);

    expect(inline.counts()).toEqual({ workerRead: 0, readerChecked: 0, mainRead: ROWS });
    expect(viaWorker.counts()).toMatchObject({ workerRead: ROWS, mainRead: 0 });

    expect(fromWorker.rowCount).toBe(ROWS);
    expect(fromWorker.problems).toEqual([{ row: 1502, column: 'phone', code: 'phone_invalid' }]);
    expect(fromWorker.problems).toEqual(fromInline.problems);
    expect(fromWorker.rows).toEqual(Array.from({ length: ROWS }, (_, index) => index + 2));
    expect(fromWorker.hashes).toEqual(fromInline.hashes);
    expect(fromWorker.staged).toHaveLength(ROWS - 1);
    expect(fromWorker.staged).toEqual(fromInline.staged);
    expect(fromWorker.staged[9]!.phone).toBe(inventedPerson(9).phone);
  });

  it('gives the same batches in the same order whichever thread checked them', async () => {
    const inline = await collect(processRoster({ buffer: file, fileName: 'a.xlsx', keys, masterKey, context }).batches);
    // From 0 the reader checks every batch itself; from 1 it checks whenever the checker holds one of its batches.
    for (const readerChecksFrom of [0, 1]) {
      const shared = viaWorkers({ readerChecksFrom });
      expect(await collect(shared.batches), `from ${readerChecksFrom}`).toEqual(inline);
      const counts = shared.counts();
      expect(counts).toMatchObject({ workerRead: ROWS, mainRead: 0 });
      if (readerChecksFrom === 0) expect(counts.readerChecked).toBe(ROWS);
      else expect(counts.readerChecked).toBeLessThan(ROWS);
    }
  });

  it('refuses a file the reader cannot read with the same coded error', async () => {
    const broken = Buffer.concat([file.subarray(0, 4), Buffer.alloc(4096, 1)]);
    const { batches } = viaWorkers({ buffer: broken });
    const error = await collect(batches).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'volunteers.import_invalid_file',
      status: 400,
      details: { reason: 'not_spreadsheet' },
    });
  });

  it('reads and checks on the main thread when a worker fails to start', async () => {
    // A master key of the wrong length makes the checker throw as it starts.
    const { batches, counts } = viaWorkers({ masterKey: Buffer.alloc(3) });
    const result = await collect(batches);
    expect(counts()).toEqual({ workerRead: 0, readerChecked: 0, mainRead: ROWS });
    expect(result.rows).toHaveLength(ROWS);
    expect(result.hashes[7]).toBe(keys.lookupHash('id_number', inventedPerson(7).idNumber));
  });

  it.each(['reader', 'checker'] as const)(
    'reads on from the first row not received when the %s ends part way',
    async (which) => {
      const { batches, counts } = viaWorkers({
        // The checker's first batch has reached the main thread: the reader has read at least that much.
        onWorkersStarted: (workers) => workers.checker.once('message', () => void workers[which].terminate()),
      });
      const result = await collect(batches);
      const { workerRead, mainRead } = counts();
      expect(workerRead).toBeGreaterThan(0);
      expect(mainRead).toBeGreaterThan(0);
      expect(workerRead + mainRead).toBe(ROWS);
      // Every row once, in order.
      expect(result.rows).toEqual(Array.from({ length: ROWS }, (_, index) => index + 2));
      expect(result.staged.map((row) => row.row)).toEqual(result.rows.filter((row) => row !== 1502));
    },
  );
});
