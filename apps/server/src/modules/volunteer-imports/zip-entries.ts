import zlib from 'node:zlib';

/** One file in a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** Where the entry's (compressed) bytes start in the archive. */
  dataStart: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY_SIZE = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 1;
const ZIP64_MARK = 0xffffffff;
const CHUNK_BYTES = 64 * 1024;

const damaged = (what: string) => new Error(`damaged zip: ${what}`);

/**
 * The entries of a zip held in memory, by name (lower-cased without a leading slash: OOXML part names ignore case).
 * Read from the central directory, so any entry can be opened in any order: an xlsx from Excel stores its sheets
 * before the shared strings they refer to. Throws on anything that is no zip, an encrypted entry and ZIP64 (an
 * upload is far below 4 GB).
 */
export function readZipDirectory(zip: Buffer): Map<string, ZipEntry> {
  const end = findEndOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, ZipEntry>();
  for (let index = 0; index < count; index++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw damaged('directory entry');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & ENCRYPTED_FLAG) throw damaged(`${name} is encrypted`);
    if (compressedSize === ZIP64_MARK || localHeader === ZIP64_MARK) throw damaged('ZIP64');
    if (localHeader + 30 > zip.length || zip.readUInt32LE(localHeader) !== LOCAL_HEADER) throw damaged('local header');
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    if (dataStart + compressedSize > zip.length) throw damaged(`${name} is cut short`);
    entries.set(partKey(name), { name, method, compressedSize, dataStart });
  }
  return entries;
}

/** How a part name is looked up: OOXML names ignore case and may be written from the root. */
export const partKey = (name: string) => name.replace(/^\//, '').toLowerCase();

function findEndOfDirectory(zip: Buffer): number {
  const last = zip.length - END_OF_DIRECTORY_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--)
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  throw damaged('no central directory');
}

/** An entry's bytes, whole: for the small parts of a workbook. */
export function entryBytes(zip: Buffer, entry: ZipEntry): Buffer {
  const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === STORED) return data;
  if (entry.method === DEFLATED) return zlib.inflateRawSync(data);
  throw damaged(`${entry.name} uses compression method ${entry.method}`);
}

/**
 * An entry's bytes in chunks of about 64 KiB, inflated as they are asked for: a 100,000-row sheet is some 60 MB of
 * XML, which never needs to be in memory at once. Leaving the loop early stops the inflating.
 */
export async function* entryChunks(zip: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === STORED) {
    for (let at = 0; at < data.length; at += CHUNK_BYTES) yield data.subarray(at, at + CHUNK_BYTES);
    return;
  }
  if (entry.method !== DEFLATED) throw damaged(`${entry.name} uses compression method ${entry.method}`);
  const inflater = zlib.createInflateRaw({ chunkSize: CHUNK_BYTES });
  inflater.end(data);
  // The stream's iterator destroys it when the loop is left early.
  for await (const chunk of inflater) yield chunk as Buffer;
}
