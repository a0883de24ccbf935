import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeys } from '../../secrets/keys.ts';
import { sealStagedRows } from './commit-worker.ts';
import { inventedPerson } from './invented-roster.ts';
import type { SealedVolunteer } from './seal-rows.ts';
import { createStagedWriter, encodeStagedRow } from './staged-rows.ts';

const masterKey = Buffer.alloc(32, 9);
const keys = createKeys(masterKey);
const ROWS = 2_345;
const BATCH_ROWS = 500;
// The preview writes batches of its own size; the commit reads them back in batches of another.
const STAGED_BATCH = 700;

const stagedLineOf = (index: number) => {
  const person = inventedPerson(index);
  return encodeStagedRow(
    {
      row: index + 2,
      name: person.name,
      gender: person.gender === '男' ? 'male' : 'female',
      birthDate: person.birthDate,
      idType: 'resident_id',
      idNumber: person.idNumber,
      idNumberMasked: `${person.idNumber.slice(0, 3)}***`,
      phone: person.phone,
      phoneMasked: `${person.phone.slice(0, 3)}****`,
      skills: index % 4 === 0 ? ['first_aid'] : [],
      nationalNo: null,
      teamIds: [],
    },
    { idNumberHash: `h${index}`, phoneHash: `p${index}`, nameSearch: `s${index}` },
  );
};

async function collect(batches: AsyncIterable<SealedVolunteer[]>) {
  const rows: SealedVolunteer[] = [];
  for await (const batch of batches) {
    expect(batch.length).toBeLessThanOrEqual(BATCH_ROWS);
    rows.push(...batch);
  }
  // Fresh IVs make every ciphertext different; the same key opens them.
  return rows.map((row) => ({
    ...row,
    idNumberCipher: keys.decrypt(row.idNumberCipher),
    phoneCipher: keys.decrypt(row.phoneCipher),
  }));
}

describe('sealStagedRows', () => {
  let dir: string;
  let stagedFile: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liandong-commit-worker-'));
    stagedFile = path.join(dir, 'import.tsv');
    const writer = await createStagedWriter(stagedFile, keys);
    for (let first = 0; first < ROWS; first += STAGED_BATCH) {
      const lines = [];
      for (let index = first; index < Math.min(ROWS, first + STAGED_BATCH); index++) lines.push(stagedLineOf(index));
      await writer.write(`${lines.join('\n')}\n`);
    }
    await writer.finish();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const input = () => ({ stagedFile, keys, masterKey, stagedRows: ROWS, batchRows: BATCH_ROWS, workerMinRows: 0 });

  it('keeps no ID or phone number in the clear in the staged file', () => {
    const text = fs.readFileSync(stagedFile, 'utf8');
    expect(text.split('\n').filter(Boolean)).toHaveLength(Math.ceil(ROWS / STAGED_BATCH));
    for (const index of [0, 1, 777, ROWS - 1]) {
      expect(text).not.toContain(inventedPerson(index).idNumber);
      expect(text).not.toContain(inventedPerson(index).phone);
    }
  });

  it('seals a big import in a worker, exactly as the main thread does', async () => {
    const viaWorker = sealStagedRows(input());
    const fromWorker = await collect(viaWorker.batches);
    const inline = sealStagedRows({ ...input(), workerMinRows: ROWS + 1 });
    const fromInline = await collect(inline.batches);

    expect(viaWorker.counts()).toEqual({ worker: ROWS, main: 0 });
    expect(inline.counts()).toEqual({ worker: 0, main: ROWS });
    expect(fromWorker).toEqual(fromInline);
    expect(fromWorker.map((row) => row.row)).toEqual(Array.from({ length: ROWS }, (_, index) => index + 2));
    expect(fromWorker[9]).toMatchObject({
      idNumberCipher: inventedPerson(9).idNumber,
      phoneCipher: inventedPerson(9).phone,
      idNumberHash: 'h9',
      phoneHash: 'p9',
      nameSearch: 's9',
    });
  });

  it('seals on the main thread when the worker fails to start', async () => {
    // A master key of the wrong length makes the worker throw as it starts.
    const sealing = sealStagedRows({ ...input(), masterKey: Buffer.alloc(3) });
    const rows = await collect(sealing.batches);
    expect(sealing.counts()).toEqual({ worker: 0, main: ROWS });
    expect(rows[ROWS - 1]!.phoneCipher).toBe(inventedPerson(ROWS - 1).phone);
  });

  it('seals on from the first row not received when the worker ends part way', async () => {
    const sealing = sealStagedRows({
      ...input(),
      onWorkerStarted: (worker) => worker.once('message', () => void worker.terminate()),
    });
    const rows = await collect(sealing.batches);
    const { worker, main } = sealing.counts();
    expect(worker).toBeGreaterThan(0);
    expect(main).toBeGreaterThan(0);
    expect(worker + main).toBe(ROWS);
    // Every row once, in order.
    expect(rows.map((row) => row.row)).toEqual(Array.from({ length: ROWS }, (_, index) => index + 2));
  });

  it('fails as the main thread would on a staged file sealed under another key', async () => {
    const other = createKeys(Buffer.alloc(32, 1));
    const sealing = sealStagedRows({ ...input(), keys: other, masterKey: Buffer.alloc(32, 1) });
    await expect(collect(sealing.batches)).rejects.toThrow();
  });
});
