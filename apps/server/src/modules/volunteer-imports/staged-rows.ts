import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Gender, IdType } from '@liandong/domain';
import type { Keys } from '../../secrets/keys.ts';
import type { CheckedVolunteer } from './roster-row-validator.ts';

// The previewed rows wait on disk for the commit: the server may restart in between, and a 100,000-row roster
// should not sit in the heap meanwhile. Each batch of lines is sealed as one ciphertext (AES-256-GCM under the
// field-encryption key, see keys.ts), so the file holds no plaintext ID or phone number, at the cost of one
// encryption per batch. Sealing each number for its column costs far more, and is left to the commit (see
// seal-rows.ts), where it runs beside the database's writing, while the preview waits on the file's reading.

/** Where an import's checked rows wait for the commit. */
export const stagedFileOf = (dataDir: string, importId: string) => path.join(importsDirOf(dataDir), `${importId}.tsv`);

export const importsDirOf = (dataDir: string) => path.join(dataDir, 'imports');

/** A row that passed every check, normalized, with the numbers' lookup hashes and the name's search text. */
export interface StagedVolunteer extends CheckedVolunteer {
  idNumberHash: string;
  phoneHash: string;
  nameSearch: string;
}

// One line per row, fields separated by tabs in this order: the cheapest text to write and read back. No field can
// hold a tab or a line break: names and national numbers with control characters were refused (and a name's search
// text is made of it), ID and phone numbers are normalized digits and letters, hashes and ciphertexts are base64url
// (with dots), skills are [a-z0-9_] codes and team ids are UUIDs (both lists joined with commas).
/** One staged row as a line (without its line break). */
export function encodeStagedRow(v: CheckedVolunteer, derived: Omit<StagedVolunteer, keyof CheckedVolunteer>): string {
  // A template rather than an array joined: this runs for every row of a roster.
  return `${v.row}\t${v.name}\t${derived.nameSearch}\t${v.gender}\t${v.birthDate}\t${v.idType}\t${v.idNumber}\t${derived.idNumberHash}\t${v.idNumberMasked}\t${v.phone}\t${derived.phoneHash}\t${v.phoneMasked}\t${v.skills.join(',')}\t${v.nationalNo ?? ''}\t${v.teamIds.join(',')}`;
}

export const list = (field: string) => (field === '' ? [] : field.split(','));

/** A staged line read back. */
export function decodeStagedRow(line: string): StagedVolunteer {
  const f = line.split('\t');
  if (f.length !== 15) throw new Error('malformed staged row');
  return {
    row: Number(f[0]),
    name: f[1]!,
    nameSearch: f[2]!,
    gender: f[3] as Gender,
    birthDate: f[4]!,
    idType: f[5] as IdType,
    idNumber: f[6]!,
    idNumberHash: f[7]!,
    idNumberMasked: f[8]!,
    phone: f[9]!,
    phoneHash: f[10]!,
    phoneMasked: f[11]!,
    skills: list(f[12]!),
    nationalNo: f[13] === '' ? null : f[13]!,
    teamIds: list(f[14]!),
  };
}

/**
 * Writes batches of staged lines, each sealed, to `<file>.part`; `finish` renames it to `file`, `discard` removes it.
 * Nothing is left under the final name unless the preview completed.
 */
export async function createStagedWriter(file: string, keys: Keys) {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.part`;
  const handle = await fs.promises.open(partial, 'w', 0o600);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    /** Appends a batch of lines (see encodeStagedRow), each ending in a line break, as one sealed line. */
    async write(text: string) {
      await handle.write(`${keys.encrypt(text)}\n`);
    },
    async finish() {
      await close();
      await fs.promises.rename(partial, file);
    },
    async discard() {
      await close().catch(() => undefined);
      await fs.promises.rm(partial, { force: true });
    },
  };
}

/**
 * The staged rows in batches of `size`, from the `skip`th on. Throws when the file was altered or sealed under
 * another key.
 */
export async function* readStagedBatches(
  file: string,
  keys: Keys,
  size: number,
  skip = 0,
): AsyncGenerator<StagedVolunteer[]> {
  const sealed = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  let toSkip = skip;
  let batch: StagedVolunteer[] = [];
  for await (const sealedLines of sealed) {
    if (sealedLines === '') continue;
    for (const line of keys.decrypt(sealedLines).split('\n')) {
      if (line === '') continue;
      if (toSkip > 0) {
        toSkip--;
        continue;
      }
      batch.push(decodeStagedRow(line));
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Removes staged files older than `maxAgeMs`: previews nobody committed. Best effort; a failure is ignored. File
 * times are the machine's, so this compares with the machine's clock, not the application's.
 */
export async function removeStaleStagedFiles(dataDir: string, maxAgeMs: number): Promise<void> {
  const now = Date.now();
  const dir = importsDirOf(dataDir);
  const names = await fs.promises.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const file = path.join(dir, name);
    const stat = await fs.promises.stat(file).catch(() => null);
    if (stat && now - stat.mtimeMs > maxAgeMs) await fs.promises.rm(file, { force: true }).catch(() => undefined);
  }
}
