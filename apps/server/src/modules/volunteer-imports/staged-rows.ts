import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Gender, IdType } from '@liandong/domain';

// The previewed rows wait on disk for the commit: the server may restart in between, and a 100,000-row roster
// should not sit in the heap meanwhile. They are already sealed, so the file holds no plaintext ID or phone number.

/** Where an import's checked rows wait for the commit. */
export const stagedFileOf = (dataDir: string, importId: string) => path.join(importsDirOf(dataDir), `${importId}.tsv`);

export const importsDirOf = (dataDir: string) => path.join(dataDir, 'imports');

/** A row that passed every check, sealed for storage: ciphertexts, lookup hashes and masks, no plaintext numbers. */
export interface StagedVolunteer {
  row: number;
  name: string;
  nameSearch: string;
  gender: Gender;
  birthDate: string;
  idType: IdType;
  idNumberCipher: string;
  idNumberHash: string;
  idNumberMasked: string;
  phoneCipher: string;
  phoneHash: string;
  phoneMasked: string;
  skills: string[];
  nationalNo: string | null;
  teamIds: string[];
}

// One line per row, fields separated by tabs in this order: the cheapest text to write and read back. No field can
// hold a tab or a line break: names and national numbers with control characters were refused, ciphertexts and
// hashes are base64url, skills are [a-z0-9_] codes and team ids are UUIDs (both lists joined with commas).
/** One staged row as a line of the file (without its line break). */
export function encodeStagedRow(v: StagedVolunteer): string {
  return [
    v.row,
    v.name,
    v.nameSearch,
    v.gender,
    v.birthDate,
    v.idType,
    v.idNumberCipher,
    v.idNumberHash,
    v.idNumberMasked,
    v.phoneCipher,
    v.phoneHash,
    v.phoneMasked,
    v.skills.join(','),
    v.nationalNo ?? '',
    v.teamIds.join(','),
  ].join('\t');
}

const list = (field: string) => (field === '' ? [] : field.split(','));

/** A line of the staged file read back. */
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
    idNumberCipher: f[6]!,
    idNumberHash: f[7]!,
    idNumberMasked: f[8]!,
    phoneCipher: f[9]!,
    phoneHash: f[10]!,
    phoneMasked: f[11]!,
    skills: list(f[12]!),
    nationalNo: f[13] === '' ? null : f[13]!,
    teamIds: list(f[14]!),
  };
}

/**
 * Writes staged lines to `<file>.part`; `finish` renames it to `file`, `discard` removes it. Nothing is left under
 * the final name unless the preview completed.
 */
export async function createStagedWriter(file: string) {
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
    /** Appends lines (see encodeStagedRow), each ending in a line break. */
    async write(text: string) {
      await handle.write(text);
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

/** The staged rows in batches of `size`, read line by line. */
export async function* readStagedBatches(file: string, size: number): AsyncGenerator<StagedVolunteer[]> {
  const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  let batch: StagedVolunteer[] = [];
  for await (const line of lines) {
    if (line === '') continue;
    batch.push(decodeStagedRow(line));
    if (batch.length === size) {
      yield batch;
      batch = [];
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
